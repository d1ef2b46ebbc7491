// Twin of fixtures/constructs/NestedBodiesSeeWhatTheyCapture.java. A Runnable may run more than
// once: its twin is an `Fn` closure. The anonymous `Job` subclass's `run` takes `&self`, and
// `bump`, a `@Mut` method, `&mut self`.
struct Buf;

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

struct Job {
    runs: i32,
}

impl Job {
    fn bump(&mut self) {
        self.runs += 1;
    }

    fn run(&self) {
        self.bump(); //~ E0596
    }
}

fn calls_an_inherited_method() {
    let job = Job { runs: 0 };
    job.run();
}

struct Counter {
    runs: i32,
}

impl Counter {
    fn bump(&mut self) {
        self.runs += 1;
    }

    fn run_later(&self) {
        let mut r = || self.bump(); //~ E0596
        r();
    }
}
