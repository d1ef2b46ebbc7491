// The Rust book, 4.1 "What Is Ownership?", listing 4-4 (does not compile).
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;

    println!("{s1}, world!");
}
