// The Rust twin of samples/errors/VectorLibrary.java (does not compile). Six of the seven bugs
// are rustc errors too; the leak (e) is not: Rust drops `v` on the early return by itself,
// which is why Java needs J0001 and Rust has no such error.
struct Elem {
    name: String,
}

struct Vector {
    items: Vec<Elem>,
}

impl Vector {
    fn new() -> Vector {
        Vector { items: Vec::with_capacity(2) }
    }
    fn push(&mut self, e: Elem) {
        self.items.push(e);
    }
    fn get(&self, i: usize) -> &Elem {
        &self.items[i]
    }
    fn size(&self) -> usize {
        self.items.len()
    }
    fn free(self) {}
}

// (a) A factory that returns a borrow of its own local vector, freed on return.
fn default_elem(config: &Vector) -> &Elem {
    let mut defaults = Vector::new();
    defaults.push(Elem { name: format!("default-{}", config.size()) });
    defaults.get(0)
}

// (b) Iterator invalidation: push may reallocate while `first` points into the storage.
fn append_copy_of_first(v: &mut Vector) {
    let first = v.get(0);
    v.push(Elem { name: "copy".to_string() });
    println!("first is still {}", first.name);
}

// (c) Double free: the empty case cleans up early, then the common exit frees again.
fn total_length(names: &[String]) -> usize {
    let mut v = Vector::new();
    for name in names {
        v.push(Elem { name: name.clone() });
    }
    let mut total = 0;
    if v.size() == 0 {
        v.free();
    } else {
        for i in 0..v.size() {
            total += v.get(i).name.len();
        }
    }
    v.free();
    total
}

// (d) Use after free: the size is read after the storage was released.
fn count_then_free() -> usize {
    let mut v = Vector::new();
    v.push(Elem { name: "a".to_string() });
    v.free();
    v.size()
}

// (e) Leak in Java; not in Rust, which drops `v` on the early return.
fn load_names(names: &[String]) -> i64 {
    let mut v = Vector::new();
    for name in names {
        if name.is_empty() {
            return -1;
        }
        v.push(Elem { name: name.clone() });
    }
    let n = v.size() as i64;
    v.free();
    n
}

// (f) A moved vector used again: `archive` took ownership (and freed it).
fn archive(v: Vector) {
    println!("archiving {} elements", v.size());
    v.free();
}

fn log_and_archive() {
    let mut log = Vector::new();
    log.push(Elem { name: "started".to_string() });
    archive(log);
    log.push(Elem { name: "archived".to_string() });
}

// (g) Mutation through a shared borrow: `v` is lent read-only, yet pushed to.
fn add_default(v: &Vector) {
    if v.size() == 0 {
        v.push(Elem { name: "default".to_string() });
    }
}

fn main() {
    let mut v = Vector::new();
    v.push(Elem { name: "x".to_string() });
    println!("{}", default_elem(&v).name);
    append_copy_of_first(&mut v);
    println!("{} {} {}", total_length(&[]), count_then_free(), load_names(&[]));
    log_and_archive();
    add_default(&v);
}
