// The Rust book, 8.1 "Storing Lists of Values with Vectors", listing 8-6 (does not compile).
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];

    let first = &v[0];

    v.push(6);

    println!("The first element is: {first}");
}
