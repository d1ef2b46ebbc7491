// The Rust book, 4.2 "Dangling References" (does not compile).
fn main() {
    let reference_to_nothing = dangle();
}

fn dangle() -> &String {
    let s = String::from("hello");

    &s
}
