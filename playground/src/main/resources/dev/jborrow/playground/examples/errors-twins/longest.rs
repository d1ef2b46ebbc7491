// The Rust twin of samples/errors/Longest.java (does not compile).
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let greeting = String::from("hello");
    let result;
    {
        let subject = String::from("ownership and borrowing");
        result = longest(&greeting, &subject);
    }
    println!("The longest text is: {result}");
}
