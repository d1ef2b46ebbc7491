// The Rust twin of samples/errors/EscapingBorrow.java (does not compile).
use std::sync::Mutex;

struct Request {
    path: String,
}

impl Drop for Request {
    fn drop(&mut self) {
        println!("released {}", self.path);
    }
}

// For the error page: the last request that was handled.
static LAST_REQUEST: Mutex<Option<&'static Request>> = Mutex::new(None);

fn handle(req: &Request) {
    println!("GET {}", req.path);
    *LAST_REQUEST.lock().unwrap() = Some(req);
}

fn main() {
    let req = Request { path: "/index.html".to_string() };
    handle(&req);
}
