// Twin of fixtures/constructs/NestedBodiesSeeWhatTheyCapture.java. A Runnable may run more than
// once: its twin is an `Fn` closure. The anonymous `Job` subclass's `run` takes `&self`, and
// `bump`, a `@Mut` method, `&mut self`.
struct Buf;

impl Buf {
    fn len(&self) -> i32 {
        0
    }
}

fn archive(_b: Buf) {}

fn call<F: Fn()>(f: F) {
    f();
}

fn captures_a_local() {
    let b = Buf;
    call(|| {
        archive(b); //~ E0507
    });
}

fn reads_a_captured_local() {
    let b = Buf;
    call(|| {
        b.len();
    });
    archive(b);
}

struct Job {
    runs: i32,
}

impl Job {
    fn bump(&mut self) {
        self.runs += 1;
    }

    // The anonymous subclass's `run`.
    fn run(&self) {
        self.bump(); //~ E0596
    }

    // Counter.runLater: a lambda in an @Owned class, as a closure over `&self`.
    fn run_later(&self) {
        let mut r = || self.bump(); //~ E0596
        r();
    }

    fn peek(&self) -> i32 {
        self.runs
    }

    // Counter.peekLater: the closure only reads through `&self`.
    fn peek_later(&self) -> i32 {
        let r = || self.peek();
        r()
    }
}

fn calls_an_inherited_method() {
    let job = Job { runs: 0 };
    job.run();
    job.run_later();
}
