// Twin of fixtures/constructs/NumbersHoldNoBorrow.java. An `int` is an `i32`, copied out of what
// it is read from.
struct Buf;

impl Buf {
    fn len(&self) -> i32 {
        0
    }
}

fn archive(_b: Buf) {}

fn measure(b: &Buf, extra: i32) -> i32 {
    b.len() + extra
}

fn count_then_move(b: Buf) -> i32 {
    let view = &b;
    let n = view.len();
    archive(b);
    n + 1
}

fn loop_over_numbers(b: Buf, rounds: i32) -> i32 {
    let view = &b;
    let mut total = 0;
    for i in 0..rounds {
        total += measure(view, i);
        total += 1;
    }
    archive(b);
    total = total * 31 + rounds;
    total
}

fn captured_number(b: Buf) -> i32 {
    let n = b.len();
    let later = move || n + 1;
    archive(b);
    later()
}

fn read_after_move(b: Buf) -> i32 {
    let mut n = b.len();
    archive(b);
    n += b.len(); //~ E0382
    n
}

fn borrow_after_move(b: Buf) -> i32 {
    let view = &b;
    let mut n = view.len();
    archive(b); //~ E0505
    n += view.len();
    n
}
