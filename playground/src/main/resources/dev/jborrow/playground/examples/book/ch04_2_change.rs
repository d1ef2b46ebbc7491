// The Rust book, 4.2 "References and Borrowing", listing 4-6 (does not compile).
fn main() {
    let s = String::from("hello");

    change(&s);
}

fn change(some_string: &String) {
    some_string.push_str(", world");
}
