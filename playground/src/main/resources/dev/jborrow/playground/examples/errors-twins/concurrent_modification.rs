// The Rust twin of samples/errors/ConcurrentModification.java (does not compile).
struct Session {
    user: String,
    expires_at: u64,
}

fn evict_expired(sessions: &mut Vec<Session>, now: u64) {
    for (i, s) in sessions.iter().enumerate() {
        if now >= s.expires_at {
            println!("evicting {}", s.user);
            sessions.remove(i);
        }
    }
}

fn main() {
    let mut sessions = vec![
        Session { user: "alice".to_string(), expires_at: 100 },
        Session { user: "bob".to_string(), expires_at: 200 },
    ];
    evict_expired(&mut sessions, 150);
    println!("{} session(s) left", sessions.len());
}
