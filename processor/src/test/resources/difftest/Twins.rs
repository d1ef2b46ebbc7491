#![allow(unused)]






























































fn f0(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.s);
    let mut h0 = H::new();
    q.read();
}




fn f1<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        hpoke(&mut ho);
        let mut k0 = || { p.write(); };
        hlook(&ho);
        let mut v1 = V::new(either(&hp.t, &*q));
        v1.peek();
    }
    return pick(&hp.t);
}

fn f2(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(ho.t, R::new());
    let mut w1 = &mut o;
    if cond() { return; }
    let mut w2 = &mut *w1;
    let mut a3 = match num() { 0 => R::new(), _ => o };
    look(pr0.b());
    let mut a4 = make();
    a3 = o;
    look(pr0.a());
    while cond() {
    }
}

fn f3(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut *q);
    while cond() {
        look(&*p);
        {
            let mut u0 = W::new(&mut *q);
            match num() {
                0 => {
                    take(hq.t);
                }
                1 => {
                }
                _ => {
                }
            }
        }
    }
}

fn f4(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.s;
    let mut h1 = H::new();
    htake(ho);
    std::thread::spawn(move || { look(&hp.t); });
    while cond() {
    }
}

fn f6(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&ho);
    let mut a0 = make();
    let mut k1 = || { look(&*p); };
    let mut r2 = &*p;
    hpoke(&mut ho);
    let mut r3 = either(&*r2, &o);
    let mut a4 = R::new();
    r3 = &hp.s;
    'l5: while cond() {
    }
}




fn f7<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        take(*q);
        hp.s = R::new();
        take(*q);
        q.merge(&hp.s);
        take(o);
    }
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut a1 = match num() { 0 => R::new(), _ => ho.t };
    let mut a2 = a1;
    return &*q;
}




fn f8<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut v0 = V::new(&o);
    std::thread::spawn(move || { look(&hp.s); });
    v0.peek();
    let mut r1 = &*p;
    if cond() {
    } else {
    }
    return &ho.t;
}




fn f9<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = R::new();
    htake(ho);
    let mut a0 = make();
    look(&a0);
    let mut r1 = &*q;
    return pick(&*q);
}




fn f10<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut o;
    let mut a1 = R::new();
    std::thread::spawn(move || { look(&hp.s); });
    hq.s.merge(pick(&hp.t));
    hpoke(&mut *hp);
    look(&hp.s);
    a1.merge(&*p);
    take(a1);
    let mut a2 = make();
    std::thread::spawn(move || { take(ho.t); });
    take(o);
    return &*p;
}

fn f11(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(&ho.t);
    let mut m1 = &*hq;
    let mut r2 = pick(&*q);
    v0.get().read();
    let mut h3 = H::new();
    hpoke(&mut *m1);
    let mut v4 = V::new(v0.get());
    {
        let mut r5 = if cond() { &ho.s } else { &hq.t };
        if cond() { return; }
    }
}

fn f12(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = ho.s;
    let mut k0 = || { look(&hq.t); };
    look(&hq.t);
    take(hp.t);
    k0();
    let mut pr1 = P::new(R::new(), o);
}




fn f13<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    if cond() {
        take(ho.s);
    } else {
        o.merge(&hq.t);
    }
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut r1 = q.me();
    let mut k2 = || { look(&ho.t); };
    return if cond() { &*p } else { &ho.s };
}

fn f14(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { hp.t.write(); });
    q.merge(either(&*p, &*p));
    let mut xs0 = [R::new(), R::new()];
    look(&o);
    if cond() { return; }
    let mut h1 = H::new();
    p.read();
}

fn f15(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*p); };
    if cond() {
        let mut a1 = make();
    } else {
        k0();
        match num() {
            0 => {
                poke(&mut ho.s);
            }
            1 => {
                look(&hq.s);
            }
            _ => {
                let mut xs2 = [o, ho.t];
                ho.t = o;
            }
        }
    }
}

fn f16(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    let mut w0 = &mut o;
}




fn f17<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut pr0 = P::new(o, ho.t);
    let mut k1 = || { look(&ho.s); };
    if cond() {
        take(ho.t);
    } else {
    }
    return if cond() { &*p } else { &*p };
}

fn f18(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.write();
    let mut w0 = &mut hq.t;
    while cond() {
        let mut pr1 = P::new(R::new(), R::new());
        look(&*q);
    }
}

fn f19(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    let mut r0 = &*q;
    'l1: while cond() {
        let mut w2 = &mut hq.t;
    }
    let mut a3 = make();
    poke(&mut hp.s);
    let mut a4 = match num() { 0 => R::new(), _ => a3 };
    let mut k5 = || { hp.t.write(); };
    let mut pr6 = P::new(o, a4);
    let mut w7 = &mut hq.s;
    let mut k8 = || { hp.t.write(); };
}

fn f20(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut *q);
    let mut a1 = ho.t;
    {
        let mut k2 = || { hq.s.write(); };
        let mut r3 = &hq.t;
        if cond() { return; }
        match num() {
            0 => {
                match num() {
                    0 => {
                    }
                    _ => {
                    }
                }
            }
            _ => {
            }
        }
    }
}

fn f21(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut xs1 = [ho.s, ho.t];
    xs1[0] = R::new();
    hpoke(&mut ho);
    look(&ho.t);
    let mut r2 = &*p;
    r2 = if cond() { &a0 } else { &*p };
}

fn f23(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.write();
    if cond() { return; }
    let mut r0 = &hp.t;
    let mut r1 = &hp.t;
    std::thread::spawn(move || { ho.t.write(); });
    let mut k2 = || { hp.s.write(); };
    if cond() {
        while cond() {
        }
    }
}

fn f24(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut xs0 = [R::new(), o];
    hq.s = o;
    let mut v1 = V::new(&ho.s);
}

fn f26(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    'l0: while cond() {
        let mut a1 = match num() { 0 => R::new(), _ => o };
        let mut v2 = V::new(&*q);
    }
}

fn f30(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    {
        ho.t.merge(&o);
        let mut r1 = &m0.t;
        let mut a2 = R::new();
    }
    if cond() {
        take(o);
    } else {
        take(m0.t);
        let mut v3 = V::new(&hq.t);
        let mut w4 = &mut m0.t;
        q.merge(&*p);
    }
}




fn f31<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &hq.s;
    let mut xs1 = [ho.s, R::new()];
    if cond() {
        let mut k2 = || { look(&hq.t); };
    } else {
    }
    return match num() { 0 => &hp.s, _ => &o };
}

fn f32(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    q.write();
    poke(&mut hq.t);
    let mut m1 = &*hq;
    hlook(&*hp);
    if cond() {
        let mut a2 = match num() { 0 => R::new(), _ => o };
    }
    let mut r3 = &hq.s;
    ho.s = o;
    let mut r4 = either(&hp.t, &*p);
    let mut r5 = m1.t.me();
}

fn f34(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    'l1: while cond() {
        let mut k2 = || { look(&hp.t); };
        let mut r3 = &hp.t;
    }
    ho.t.write();
    htake(ho);
    r0 = &*r0;
    let mut w4 = &mut *q;
    while cond() {
        if cond() { return; }
        let mut pr5 = P::new(R::new(), ho.s);
    }
}

fn f35(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    look(&*q);
    let mut a1 = make();
    take(ho.s);
    let mut a2 = R::new();
    if cond() {
        look(&*q);
        let mut v3 = V::new(&hp.s);
    } else {
    }
}

fn f36(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    hq.s.read();
    ho.s.write();
    std::thread::spawn(move || { look(&hp.t); });
    let mut m0 = &*hq;
    {
        p.read();
        let mut v1 = V::new(hp.s.me());
        p.merge(&*q);
    }
    ho.t = R::new();
    while cond() {
    }
}

fn f37(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.s.write();
    let mut r0 = &hp.t;
    let mut k1 = || { ho.t.write(); };
    let mut m2 = &ho;
    return ho.t;
}

fn f38(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.t.write(); };
    let mut r1 = &hq.t;
    poke(&mut hp.t);
    let mut a2 = o;
    match num() {
        0 => {
            let mut pr3 = P::new(o, o);
        }
        1 => {
            poke(&mut o);
        }
        _ => {
        }
    }
}

fn f39(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &hp.t } else { &o };
    take(*r0);
    let mut m1 = &ho;
    let mut r2 = &o;
    m1.s.read();
}




fn f40<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &ho.t;
    let mut k1 = || { look(&*q); };
    let mut m2 = &*hp;
    let mut h3 = H::new();
    hlook(&h3);
    let mut pr4 = P::new(R::new(), h3.s);
    r0 = &*p;
    let mut a5 = ho.s;
    return pick(&ho.s);
}




fn f41<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&*q); };
    let mut r1 = pick(&*q);
    let mut h2 = ho;
    let mut a3 = h2.s;
    let mut m4 = &ho;
    look(&hp.t);
    hlook(&*hp);
    hlook(&h2);
    take(ho.s);
    return &hq.t;
}

fn f42(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut m1 = &ho;
    let mut a2 = make();
}

fn f43(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    if cond() { return; }
    hq.t = o;
    let mut h0 = H::new();
    poke(&mut ho.t);
    poke(&mut ho.t);
    poke(&mut hq.t);
    let mut a1 = h0.t;
    hq.t.write();
    let mut u2 = W::new(&mut h0.s);
}




fn f44<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut u0 = W::new(&mut hp.s);
    std::thread::spawn(move || { look(&*p); });
    htake(ho);
    std::thread::spawn(move || { hp.s.write(); });
    let mut w1 = &mut *q;
    'l2: while cond() {
        let mut m3 = &*hq;
        hpoke(&mut *m3);
        if cond() { return &*p; }
        let mut v4 = V::new(match num() { 0 => &hp.t, _ => &*w1 });
        let mut m5 = &*hp;
    }
    return &*q;
}

fn f46(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*p);
    if cond() { return; }
    take(o);
}




fn f47<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { ho.s.write(); };
    k0();
    hp.t.merge(&o);
    return &*p;
}

fn f48(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    let mut a0 = ho.t;
    hp.s.read();
    let mut k1 = || { look(&*p); };
    while cond() {
        let mut a2 = match num() { 0 => R::new(), _ => o };
    }
    let mut r3 = &hp.t;
    let mut m4 = &ho;
    match num() {
        0 => {
        }
        _ => {
        }
    }
}




fn f49<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut pr0 = P::new(R::new(), R::new());
    'l1: while cond() {
    }
    return &*p;
}




fn f50<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        htake(ho);
        let mut pr1 = P::new(ho.t, R::new());
        'l2: while cond() {
            let mut a3 = match num() { 0 => R::new(), _ => o };
            ptake(pr1);
            match num() {
                0 => {
                    let mut k4 = || { look(&hq.t); };
                    let mut k5 = || { ho.t.write(); };
                }
                _ => {
                    let mut m6 = &*hp;
                }
            }
        }
    }
    return &*p;
}




fn f52<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = o;
    let mut k1 = || { look(&ho.s); };
    let mut v2 = V::new(o.me());
    let mut k3 = || { ho.t.write(); };
    look(&hp.s);
    let mut r4 = ho.t.me();
    let mut v5 = V::new(hq.s.me());
    let mut w6 = &mut hp.s;
    return &hp.t;
}

fn f53(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.t);
    let mut h0 = H::new();
    let mut r1 = &o;
    take(hq.t);
}

fn f54(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*q);
    let mut pr1 = P::new(R::new(), ho.s);
    match num() {
        0 => {
            while cond() {
                look(&*r0);
            }
            take(ho.s);
            let mut m2 = &ho;
            let mut w3 = &mut m2.s;
        }
        _ => {
        }
    }
}

fn f56(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut r1 = &a0;
    q.merge(&*p);
}




fn f57<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hp.t.read();
    std::thread::spawn(move || { look(&ho.t); });
    let mut r0 = &o;
    hp.s.write();
    htake(ho);
    let mut a1 = o;
    ho.t.read();
    a1.write();
    std::thread::spawn(move || { look(&ho.t); });
    ho.t.read();
    return &*q;
}




fn f58<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { take(ho.t); });
    let mut a0 = o;
    let mut a1 = make();
    let mut a2 = match num() { 0 => R::new(), _ => o };
    let mut k3 = || { hq.s.write(); };
    return &hq.s;
}

fn f60(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut r0 = if cond() { &ho.s } else { &*q };
    }
    let mut k1 = || { look(&hq.t); };
    let mut v2 = V::new(&hq.s);
    let mut r3 = pick(&*q);
    let mut a4 = o;
    htake(ho);
    let mut xs5 = [R::new(), a4];
}

fn f62(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        take(ho.s);
        'l0: while cond() {
            let mut r1 = &hq.s;
        }
        let mut k2 = || { q.write(); };
    }
}

fn f63(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.t); };
    if cond() {
        ho.s.write();
        let mut a1 = o;
        std::thread::spawn(move || { look(&ho.t); });
        let mut a2 = a1;
    } else {
        hq.t = R::new();
    }
    let mut a3 = make();
}




fn f64<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&ho);
    while cond() {
        let mut k0 = || { p.write(); };
        let mut a1 = R::new();
    }
    q.write();
    let mut u2 = W::new(&mut ho.t);
    return either(&*p, &o);
}

fn f67(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut a1 = ho.t;
    poke(&mut *q);
    let mut m2 = &ho;
    let mut w3 = &mut hp.t;
    a1.merge(&hq.t);
    if cond() {
        htake(*hp);
    }
}




fn f68<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = either(&ho.t, &*q);
    let mut m1 = &*hp;
    look(&m1.t);
    if cond() { return pick(&hq.s); }
    hpoke(&mut *hp);
    let mut r2 = &*q;
    take(*r0);
    let mut r3 = if cond() { &hq.t } else { &o };
    let mut k4 = || { look(&ho.s); };
    return if cond() { &*p } else { &*p };
}

fn f69(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hq.t);
    hpoke(&mut ho);
    hp.s = R::new();
    take(o);
    if cond() {
        poke(&mut hp.t);
        look(&ho.t);
    } else {
        let mut k1 = || { q.write(); };
        let mut v2 = V::new(&hq.t);
    }
}




fn f71<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { q.write(); };
    while cond() {
        let mut a1 = o;
    }
    let mut a2 = make();
    let mut pr3 = P::new(a2, a2);
    return match num() { 0 => &hq.s, _ => &hq.t };
}

fn f75(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    while cond() {
        hlook(&ho);
        if cond() {
            let mut v0 = V::new(either(&*q, &ho.s));
        }
        if cond() {
            let mut h1 = ho;
            let mut h2 = H::new();
            poke(&mut ho.s);
            let mut k3 = || { hq.s.write(); };
        } else {
        }
    }
}

fn f76(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    o.write();
    if cond() { return; }
    if cond() {
        let mut u1 = W::new(&mut hq.t);
        let mut r2 = match num() { 0 => &*q, _ => &o };
        if cond() {
            q.write();
        }
        let mut k3 = || { hp.s.write(); };
        let mut a4 = match num() { 0 => R::new(), _ => o };
    } else {
    }
}

fn f77(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.t;
    let mut v1 = V::new(&*q);
    v1.get().read();
    match num() {
        0 => {
            let mut v2 = V::new(&*p);
            poke(&mut hp.t);
            hq.t.merge(&*p);
            w0.write();
        }
        _ => {
        }
    }
}

fn f78(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    hlook(&ho);
    ho.t = R::new();
    let mut xs1 = [R::new(), R::new()];
    if cond() {
        let mut m2 = &*hp;
        poke(&mut xs1[0]);
        ho.s = R::new();
        hp.s.merge(&m2.t);
    } else {
    }
}

fn f80(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = ho.t;
    std::thread::spawn(move || { p.write(); });
    let mut k1 = || { look(&ho.s); };
    let mut u2 = W::new(&mut o);
    let mut k3 = || { p.write(); };
    take(ho.t);
    let mut r4 = ho.s.me();
    if cond() { return ho.t; }
    std::thread::spawn(move || { look(&*p); });
    return hq.s;
}

fn f81(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = match num() { 0 => &*p, _ => &*q };
    r0 = &hq.t;
    std::thread::spawn(move || { look(&*p); });
    htake(ho);
    let mut k1 = || { q.write(); };
    p.write();
    r0 = &*r0;
    let mut r2 = &hp.t;
    r2.read();
    std::thread::spawn(move || { p.write(); });
    if cond() {
    } else {
    }
}

fn f82(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hq.s;
    let mut v1 = V::new(o.me());
    return *p;
}

fn f83(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = hp.s.me();
    let mut w1 = &mut o;
    let mut h2 = H::new();
    let mut r3 = &o;
    let mut m4 = &ho;
    std::thread::spawn(move || { ho.t.write(); });
    let mut k5 = || { p.write(); };
}

fn f84(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.s);
    while cond() {
        let mut a0 = o;
        let mut u1 = W::new(&mut *p);
        htake(*hq);
        take(a0);
        let mut k2 = || { ho.t.write(); };
        let mut k3 = || { hq.s.write(); };
        hlook(&*hp);
        take(ho.t);
    }
}

fn f85(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut *q);
    std::thread::spawn(move || { look(&*p); });
    let mut xs1 = [o, o];
    'l2: while cond() {
        if cond() { break 'l2; }
        take(*q);
        while cond() {
        }
    }
}

fn f86(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.write();
    match num() {
        0 => {
            let mut r0 = &hp.s;
            let mut m1 = &ho;
        }
        _ => {
            q.merge(&o);
        }
    }
    let mut r2 = pick(&hp.t);
    let mut k3 = || { look(&*q); };
}




fn f87<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t.read();
    poke(&mut ho.t);
    take(ho.t);
    std::thread::spawn(move || { look(&hp.t); });
    if cond() {
        let mut v0 = V::new(match num() { 0 => &o, _ => &hq.t });
        vtake(v0);
    } else {
    }
    return &hq.t;
}

fn f88(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hlook(&*hq);
    if cond() {
        'l0: while cond() {
            hq.t = R::new();
            while cond() {
                let mut a1 = match num() { 0 => R::new(), _ => ho.s };
                look(&a1);
                let mut pr2 = P::new(o, R::new());
                let mut k3 = || { p.write(); };
            }
        }
    }
    return *p;
}

fn f90(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.read();
    let mut r0 = either(&hp.t, &ho.s);
    std::thread::spawn(move || { ho.t.write(); });
    o.write();
    q.merge(&hp.t);
    let mut a1 = R::new();
}

fn f91(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.t;
    hq.t.merge(&o);
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    w0 = &mut ho.t;
    let mut v2 = V::new(&hp.s);
    let mut k3 = || { look(&hq.s); };
    v2.peek();
    let mut m4 = &ho;
    let mut r5 = &hq.t;
}

fn f93(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(pick(&hq.s));
    let mut h1 = ho;
    let mut w2 = &mut *q;
    let mut r3 = &*q;
    v0.peek();
    r3 = v0.get();
    while cond() {
    }
}

fn f94(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    std::thread::spawn(move || { ho.t.write(); });
    let mut v0 = V::new(either(&hp.s, &o));
    v0.peek();
    let mut r1 = &o;
    take(ho.t);
    let mut w2 = &mut hq.s;
}

fn f95(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { take(ho.t); });
    q.merge(&hp.t);
    let mut w0 = &mut hp.t;
    hlook(&ho);
    let mut a1 = R::new();
}




fn f96<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.s;
    let mut m1 = &*hq;
    let mut r2 = &*q;
    let mut a3 = o;
    let mut r4 = if cond() { &a0 } else { &m1.s };
    return &hq.s;
}

fn f97(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    let mut m1 = &*hq;
    let mut r2 = if cond() { &o } else { &o };
    {
        let mut pr3 = P::new(ho.t, o);
        let mut r4 = &o;
        let mut w5 = &mut *q;
        hlook(&*hp);
    }
    hlook(&*hp);
    o.merge(&*r2);
}

fn f100(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut k0 = || { p.write(); };
        let mut a1 = o;
        take(a1);
    }
    poke(&mut hq.t);
    let mut h2 = H::new();
    poke(&mut ho.t);
    let mut r3 = pick(&o);
    let mut m4 = &ho;
    poke(&mut m4.t);
    'l5: while cond() {
    }
}

fn f102(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            p.merge(&*p);
            let mut a0 = R::new();
            let mut m1 = &*hp;
            let mut r2 = &*p;
            a0 = R::new();
            let mut w3 = &mut *q;
            let mut r4 = match num() { 0 => &*q, _ => &*q };
            a0.merge(&ho.t);
        }
        _ => {
            'l5: while cond() {
                let mut r6 = &ho.s;
            }
        }
    }
}

fn f103(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    q.read();
    while cond() {
        let mut u1 = W::new(&mut ho.s);
        while cond() {
            let mut u2 = W::new(&mut hq.s);
            hq.s.merge(&hq.s);
        }
        std::thread::spawn(move || { hp.t.write(); });
        u1.peek();
        u1.bump();
    }
}

fn f104(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    match num() {
        0 => {
            'l1: while cond() {
                let mut h2 = H::new();
                while cond() {
                    let mut k3 = || { look(&*p); };
                }
                h2.t.write();
                let mut k4 = || { look(&hq.s); };
                let mut m5 = &*hp;
            }
            o.write();
        }
        1 => {
        }
        _ => {
        }
    }
}




fn f105<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut hp.s;
    let mut r1 = &ho.s;
    return &o;
}

fn f106(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*q);
    while cond() {
        let mut r0 = ho.t.me();
        r0 = hp.t.me();
        let mut v1 = V::new(&*r0);
        v1.peek();
        let mut m2 = &ho;
    }
    let mut m3 = &*hp;
    {
    }
}




fn f107<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &*p } else { &ho.t };
    std::thread::spawn(move || { hp.t.write(); });
    poke(&mut o);
    if cond() {
        std::thread::spawn(move || { take(ho.t); });
        let mut r1 = &ho.t;
    } else {
        let mut a2 = R::new();
    }
    return either(&o, &o);
}




fn f108<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    while cond() {
        ho.t.merge(&hp.t);
        if cond() {
            let mut r0 = if cond() { &*p } else { &*p };
            let mut a1 = ho.t;
            ho.s.write();
            while cond() {
                let mut k2 = || { look(&*p); };
            }
        } else {
        }
    }
    return p.me();
}




fn f109<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut hq.t;
    w0.read();
    look(&hq.s);
    if cond() { return &hp.s; }
    {
        let mut h1 = H::new();
        let mut pr2 = P::new(R::new(), h1.s);
    }
    let mut u3 = W::new(&mut *w0);
    return either(&hp.s, &hq.t);
}

fn f110(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        while cond() {
            look(&hp.t);
            let mut r0 = &o;
            let mut k1 = || { look(&hq.t); };
        }
    } else {
    }
    return *p;
}

fn f111(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(if cond() { &hp.t } else { &*p });
    ho.t = R::new();
}

fn f113(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    let mut r1 = if cond() { &*p } else { &*q };
    let mut h2 = ho;
    'l3: while cond() {
        if cond() { continue 'l3; }
        poke(&mut hq.t);
    }
}




fn f114<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.s;
    hq.s.write();
    if cond() {
        let mut h1 = H::new();
        take(ho.s);
        let mut r2 = &h1.s;
        std::thread::spawn(move || { take(h1.s); });
        r2.write();
        let mut a3 = R::new();
        'l4: while cond() {
            a0.write();
        }
    } else {
    }
    return &hp.s;
}

fn f115(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut a0 = R::new();
    let mut h1 = H::new();
    let mut r2 = o.me();
    let mut k3 = || { q.write(); };
}

fn f116(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    match num() {
        0 => {
            let mut a0 = match num() { 0 => R::new(), _ => ho.s };
            let mut r1 = &hq.s;
            std::thread::spawn(move || { ho.t.write(); });
            r1 = &hp.s;
        }
        _ => {
            let mut r2 = &ho.s;
            match num() {
                0 => {
                    let mut k3 = || { ho.s.write(); };
                }
                _ => {
                    if cond() {
                    } else {
                    }
                }
            }
        }
    }
    return *p;
}

fn f117(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut r0 = &hq.t;
    }
}

fn f118(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut r1 = pick(&hq.t);
    let mut k2 = || { ho.s.write(); };
}




fn f119<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&hq.t);
    let mut a0 = o;
    let mut w1 = &mut o;
    let mut k2 = || { look(&*p); };
    hq.t.merge(&hq.t);
    while cond() {
        poke(&mut hq.s);
    }
    let mut w3 = &mut hq.t;
    let mut v4 = V::new(&*w1);
    take(o);
    ho.t = a0;
    return &o;
}

fn f120(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    hpoke(&mut *hq);
    let mut r1 = &hp.s;
    let mut v2 = V::new(&a0);
}




fn f122<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&hp.s); };
    let mut r1 = pick(&hp.s);
    hpoke(&mut *hp);
    k0();
    hpoke(&mut ho);
    let mut a2 = ho.s;
    let mut h3 = H::new();
    hp.s = a2;
    return match num() { 0 => &hq.s, _ => &*p };
}




fn f124<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = o;
    let mut h1 = H::new();
    poke(&mut *p);
    let mut k2 = || { look(&*q); };
    let mut a3 = a0;
    let mut h4 = ho;
    hq.s.merge(a0.me());
    a3 = R::new();
    let mut pr5 = P::new(o, h1.s);
    let mut xs6 = [h1.s, R::new()];
    let mut k7 = || { look(&*p); };
    return if cond() { &hp.s } else { &hp.s };
}

fn f125(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut h1 = ho;
    if cond() {
        let mut v2 = V::new(either(&o, &hp.t));
    }
    match num() {
        0 => {
            let mut xs3 = [R::new(), R::new()];
        }
        1 => {
            let mut r4 = &ho.s;
        }
        _ => {
        }
    }
}

fn f126(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return hp.t; }
    let mut k0 = || { look(&hq.t); };
    let mut a1 = o;
    let mut r2 = &ho.s;
    let mut r3 = p.me();
    return *p;
}

fn f128(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.s.merge(&*q);
    let mut v0 = V::new(&o);
    let mut a1 = make();
    let mut a2 = make();
    std::thread::spawn(move || { look(&hp.s); });
    htake(ho);
    let mut u3 = W::new(&mut a1);
    let mut m4 = &ho;
    let mut k5 = || { look(&hp.s); };
    return ho.s;
}

fn f129(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        q.read();
        let mut h0 = H::new();
        p.write();
    }
}

fn f131(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    if cond() { return; }
    h0.s.write();
    hp.t.read();
    let mut k1 = || { q.write(); };
    take(o);
    let mut r2 = match num() { 0 => &hp.s, _ => &hq.t };
    hpoke(&mut *hp);
    htake(ho);
}

fn f132(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.t);
    let mut r0 = &hq.s;
    let mut m1 = &ho;
}




fn f134<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    let mut a0 = R::new();
    let mut pr1 = P::new(R::new(), a0);
    let mut w2 = &mut a0;
    std::thread::spawn(move || { take(ho.s); });
    let mut k3 = || { look(&*p); };
    return pick(&*p);
}

fn f135(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &o } else { &hq.s };
    look(&o);
    let mut a1 = match num() { 0 => R::new(), _ => o };
    poke(&mut *r0);
    p.write();
    r0 = &o;
    let mut a2 = o;
    while cond() {
        a2.merge(either(&ho.s, &hp.t));
        htake(*hq);
    }
}

fn f136(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*q);
    poke(&mut *p);
    let mut v0 = V::new(&ho.t);
    p.write();
    let mut r1 = v0.get();
    std::thread::spawn(move || { look(&*p); });
    vtake(v0);
    let mut a2 = ho.t;
    if cond() { return; }
}

fn f137(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut u0 = W::new(&mut ho.s);
    let mut u1 = W::new(&mut o);
    {
        let mut a2 = R::new();
        u0 = W::new(&mut a2);
        let mut r3 = pick(&hq.t);
        while cond() {
            hq.t = R::new();
            match num() {
                0 => {
                    u0.peek();
                }
                1 => {
                }
                _ => {
                }
            }
        }
    }
    return hp.t;
}

fn f138(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { hp.t.write(); });
    let mut a0 = o;
    ho.s = R::new();
}

fn f139(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    hlook(&*hq);
    hpoke(&mut *hq);
}

fn f140(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { take(ho.s); });
    take(o);
    let mut w0 = &mut hq.t;
    let mut xs1 = [ho.s, o];
    let mut r2 = &o;
}

fn f141(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    let mut h1 = H::new();
    let mut m2 = &h1;
    let mut pr3 = P::new(R::new(), ho.t);
    let mut w4 = &mut m2.s;
    h1.s.write();
    {
        look(pr3.a());
    }
}

fn f142(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            poke(&mut *q);
        }
        _ => {
            std::thread::spawn(move || { take(ho.s); });
            let mut r0 = &o;
            let mut w1 = &mut ho.s;
            w1.read();
        }
    }
    let mut k2 = || { look(&*p); };
    hp.s.write();
    match num() {
        0 => {
            hp.t.write();
            while cond() {
            }
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f143(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    let mut k1 = || { look(&ho.s); };
    if cond() {
        {
            q.read();
            {
                hq.t.read();
                hpoke(&mut ho);
            }
        }
    } else {
    }
}




fn f144<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { look(&hp.s); });
    let mut a0 = ho.t;
    p.merge(pick(&*q));
    return &*q;
}

fn f146(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    let mut r0 = &*q;
    o.merge(&*p);
    let mut r1 = either(&hp.t, &*q);
}

fn f147(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(&*q);
    if cond() {
        let mut r1 = &*p;
        let mut pr2 = P::new(ho.s, ho.s);
        q.write();
    }
    let mut a3 = ho.s;
    vtake(v0);
}

fn f150(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        take(o);
    }
}

fn f151(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = pick(&hq.s);
    let mut h1 = ho;
    h1.s.read();
    let mut a2 = h1.s;
    o.merge(&*q);
    hq.t = R::new();
    let mut w3 = &mut *q;
    return *q;
}




fn f152<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    q.merge(&hp.t);
    let mut k1 = || { p.write(); };
    let mut r2 = a0.me();
    let mut m3 = &*hp;
    hlook(&*hp);
    r2.read();
    let mut a4 = make();
    let mut h5 = ho;
    let mut v6 = V::new(&*q);
    let mut h7 = H::new();
    return &o;
}

fn f153(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.s;
    let mut r1 = either(&ho.s, &*q);
    let mut k2 = || { look(&*q); };
    take(*r1);
    hq.t = R::new();
    r1.merge(&*r1);
    'l3: while cond() {
        htake(ho);
        let mut a4 = R::new();
        let mut a5 = make();
        let mut m6 = &ho;
    }
}

fn f154(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    q.write();
    hq.t = R::new();
    p.write();
    if cond() { return; }
    let mut pr1 = P::new(o, R::new());
    ptake(pr1);
}

fn f155(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    std::thread::spawn(move || { p.write(); });
}




fn f156<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&hp.t);
    let mut a0 = R::new();
    let mut a1 = make();
    while cond() {
        poke(&mut *q);
        o.read();
        let mut k2 = || { look(&ho.s); };
        take(a1);
    }
    return &ho.s;
}




fn f159<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = R::new();
    look(&hq.s);
    let mut m0 = &*hp;
    poke(&mut hq.t);
    std::thread::spawn(move || { take(ho.s); });
    let mut k1 = || { hp.t.write(); };
    return if cond() { &*p } else { &*q };
}

fn f160(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    while cond() {
    }
}

fn f161(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(hq.t.me());
    take(*p);
    let mut m1 = &ho;
    vtake(v0);
    let mut a2 = ho.t;
    if cond() {
        v0.peek();
        let mut h3 = H::new();
        let mut r4 = pick(&hp.t);
    } else {
        {
        }
    }
}

fn f162(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.merge(&*p);
    let mut xs0 = [R::new(), R::new()];
    take(xs0[0]);
    look(&hq.t);
    xs0[1].read();
    p.read();
}

fn f164(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&*q, &hp.t);
    o.write();
    let mut k1 = || { hq.t.write(); };
    q.read();
}

fn f165(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        let mut r0 = if cond() { &*p } else { &ho.t };
        htake(ho);
    }
    std::thread::spawn(move || { take(ho.t); });
    poke(&mut *q);
    if cond() {
        let mut r1 = &o;
        hpoke(&mut *hq);
    } else {
        match num() {
            0 => {
                let mut a2 = o;
            }
            _ => {
                std::thread::spawn(move || { look(&hp.s); });
            }
        }
    }
    return o;
}




fn f168<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return if cond() { &hp.s } else { &*q }; }
    if cond() {
    }
    return &hp.t;
}

fn f169(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = ho.s.me();
    let mut r1 = &*q;
    let mut r2 = &o;
    o.read();
    look(&hp.t);
    let mut pr3 = P::new(o, R::new());
    let mut a4 = make();
}

fn f170(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { look(&*p); });
    while cond() {
        let mut r0 = &hp.s;
        let mut xs1 = [R::new(), R::new()];
        let mut m2 = &*hp;
    }
}

fn f172(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&o);
    let mut r0 = pick(&hq.t);
    q.write();
    if cond() { return; }
    {
        let mut pr1 = P::new(ho.t, R::new());
        pr1 = P::new(R::new(), R::new());
    }
    r0 = &hp.s;
    let mut pr2 = P::new(ho.s, o);
    ptake(pr2);
}

fn f175(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    std::thread::spawn(move || { take(ho.s); });
    let mut a0 = match num() { 0 => R::new(), _ => o };
    return hp.s;
}

fn f176(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut u1 = W::new(&mut o);
    {
        look(&a0);
    }
    look(&ho.s);
}

fn f179(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.read();
    let mut a0 = ho.s;
    let mut a1 = ho.t;
    let mut a2 = ho.t;
}

fn f181(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut v0 = V::new(&*p);
    let mut r1 = pick(&ho.s);
    let mut xs2 = [o, R::new()];
    let mut k3 = || { look(&ho.s); };
    let mut k4 = || { ho.t.write(); };
    v0.peek();
    let mut a5 = match num() { 0 => R::new(), _ => ho.t };
    let mut v6 = V::new(either(&hq.t, &a5));
    look(&ho.s);
    xs2[1] = o;
    let mut a7 = R::new();
    return *p;
}




fn f182<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &*p;
    htake(*hp);
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    let mut u2 = W::new(&mut hp.t);
    q.merge(&hq.s);
    o.merge(pick(&*r0));
    match num() {
        0 => {
            if cond() { return &*p; }
            hp.t.merge(&ho.t);
            if cond() { return if cond() { &*r0 } else { &*p }; }
        }
        1 => {
            u2.bump();
        }
        _ => {
        }
    }
    return &*p;
}

fn f183(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut xs1 = [ho.t, a0];
    let mut r2 = &*q;
}




fn f184<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { take(ho.s); });
    look(&hq.t);
    hlook(&*hq);
    let mut pr0 = P::new(o, o);
    ptake(pr0);
    let mut r1 = &ho.s;
    r1 = pick(&ho.t);
    return &o;
}

fn f186(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut r1 = &hq.t;
    poke(&mut *r0);
    r0 = &*r0;
    let mut r2 = &*q;
    let mut xs3 = [ho.t, R::new()];
    ho.t = R::new();
    let mut m4 = &ho;
    let mut u5 = W::new(&mut *r0);
    let mut xs6 = [ho.t, R::new()];
}

fn f188(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(R::new(), ho.s);
    if cond() {
        ho.s.merge(&hq.t);
        pr0.b().read();
        let mut r1 = pick(&o);
    } else {
    }
}




fn f189<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut xs0 = [R::new(), R::new()];
    'l1: while cond() {
        while cond() {
        }
    }
    return if cond() { &hp.s } else { &ho.t };
}

fn f190(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = R::new();
    let mut w1 = &mut hq.s;
    look(&a0);
    return hp.t;
}

fn f191(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut xs0 = [o, R::new()];
    take(xs0[1]);
    ho.s.read();
    let mut h1 = H::new();
    let mut a2 = o;
}




fn f192<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut k1 = || { look(&*q); };
    h0.s.merge(if cond() { &h0.s } else { &h0.t });
    std::thread::spawn(move || { take(h0.s); });
    let mut a2 = match num() { 0 => R::new(), _ => o };
    let mut h3 = H::new();
    let mut m4 = &ho;
    let mut r5 = if cond() { &ho.t } else { &ho.t };
    return &*q;
}

fn f195(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(&*p);
    let mut a0 = match num() { 0 => R::new(), _ => ho.s };
    std::thread::spawn(move || { ho.s.write(); });
    o.write();
    let mut a1 = a0;
    let mut a2 = o;
    a1.read();
    let mut v3 = V::new(if cond() { &a2 } else { &hp.t });
    let mut pr4 = P::new(R::new(), o);
    hp.s.merge(match num() { 0 => &hq.t, _ => &o });
    ptake(pr4);
}

fn f196(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *hq);
    while cond() {
        let mut a0 = o;
        take(o);
    }
    return o;
}

fn f197(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.s);
    ho.t.read();
    let mut r0 = &o;
    let mut h1 = ho;
    let mut r2 = &hq.t;
    while cond() {
        let mut a3 = make();
    }
}

fn f198(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = R::new();
    let mut r0 = &o;
    hp.s.read();
    if cond() {
        {
            let mut r1 = pick(&*q);
            hpoke(&mut *hp);
            take(o);
            o.write();
        }
        'l2: while cond() {
            let mut k3 = || { hp.s.write(); };
        }
    } else {
    }
}

fn f199(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    {
        let mut r0 = &*q;
        let mut r1 = match num() { 0 => &hp.s, _ => &ho.s };
        r0 = &hq.s;
    }
}

fn f201(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut k0 = || { look(&*q); };
    std::thread::spawn(move || { p.write(); });
    let mut h1 = ho;
    'l2: while cond() {
        hlook(&*hp);
        let mut m3 = &h1;
        look(&h1.s);
        let mut r4 = if cond() { &*q } else { &o };
        let mut r5 = &*p;
    }
}




fn f202<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    {
        look(&*q);
        let mut a0 = R::new();
    }
    let mut r1 = if cond() { &hq.t } else { &*q };
    hq.s.merge(&hp.t);
    look(&ho.s);
    let mut r2 = &*q;
    let mut u3 = W::new(&mut ho.s);
    let mut w4 = &mut ho.t;
    let mut r5 = &*p;
    return &hq.t;
}

fn f203(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    look(&*q);
    ho.s = R::new();
    let mut r0 = pick(&ho.t);
    let mut v1 = V::new(&*p);
    let mut u2 = W::new(&mut ho.t);
    return *p;
}




fn f204<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(hq.t);
    let mut v0 = V::new(&o);
    let mut a1 = o;
    v0.peek();
    return if cond() { &ho.s } else { &ho.s };
}

fn f206(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(R::new(), o);
    {
        take(o);
    }
}

fn f209(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { take(ho.t); });
    let mut h0 = H::new();
    if cond() {
        let mut r1 = if cond() { &h0.t } else { &hp.s };
        while cond() {
            let mut a2 = make();
            htake(ho);
            htake(*hp);
            let mut k3 = || { look(&*q); };
        }
    } else {
    }
}

fn f211(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    if cond() { return; }
}

fn f212(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    'l1: while cond() {
        ho.s = R::new();
        take(a0);
    }
    poke(&mut hp.t);
    {
        p.merge(&hq.s);
    }
    std::thread::spawn(move || { take(ho.s); });
    let mut r2 = &hq.t;
}

fn f213(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hlook(&ho);
    take(ho.t);
    if cond() { return hp.t; }
    let mut r0 = hq.s.me();
    if cond() {
    }
    return o;
}




fn f215<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &ho.t;
    let mut xs1 = [ho.t, R::new()];
    let mut xs2 = [R::new(), R::new()];
    return &*p;
}

fn f216(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            let mut a0 = R::new();
        }
        1 => {
            let mut u1 = W::new(&mut hp.s);
        }
        _ => {
        }
    }
}

fn f217(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    'l1: while cond() {
        if cond() {
            hpoke(&mut *hp);
        }
    }
}

fn f218(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.s);
    let mut m0 = &*hq;
    let mut h1 = H::new();
    h1.s = R::new();
    hq.s = R::new();
    q.read();
    poke(&mut o);
    ho.t.write();
    let mut a2 = match num() { 0 => R::new(), _ => h1.s };
    hq.s.merge(&hp.s);
    look(&a2);
}

fn f219(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { p.write(); };
    hp.t.merge(&*p);
    hp.s.write();
    ho.t = R::new();
    let mut h1 = ho;
    std::thread::spawn(move || { look(&h1.t); });
    if cond() {
        if cond() {
        } else {
        }
    } else {
    }
    return hp.s;
}




fn f220<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        let mut k0 = || { q.write(); };
        if cond() { continue; }
        if cond() {
            while cond() {
                hpoke(&mut ho);
            }
            let mut v1 = V::new(&hp.t);
            q.read();
        }
    }
    let mut r2 = &hq.t;
    let mut h3 = H::new();
    return &hq.s;
}

fn f221(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    poke(&mut *p);
    let mut pr0 = P::new(o, o);
    take(*pr0.a());
    pr0 = P::new(ho.t, o);
    let mut m1 = &*hq;
    let mut r2 = either(&ho.t, &*p);
    let mut m3 = &*hp;
    ptake(pr0);
    let mut a4 = ho.t;
}




fn f224<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    let mut xs1 = [o, o];
    return &hp.s;
}

fn f225(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.write();
    look(&hp.t);
}

fn f227(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    ho.t.write();
    hp.t.merge(&o);
    htake(ho);
    let mut m0 = &*hq;
    let mut a1 = R::new();
}




fn f228<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        q.merge(&hq.s);
    } else {
    }
    return pick(&*p);
}

fn f229(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        ho.s.read();
        let mut r0 = &o;
        let mut a1 = make();
        let mut xs2 = [R::new(), R::new()];
        let mut h3 = H::new();
        let mut a4 = make();
        let mut k5 = || { hp.t.write(); };
        let mut a6 = R::new();
        let mut xs7 = [a4, R::new()];
    } else {
    }
}




fn f230<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut a1 = match num() { 0 => R::new(), _ => o };
    hp.s = R::new();
    let mut r2 = pick(&h0.s);
    o.read();
    std::thread::spawn(move || { look(&ho.t); });
    let mut r3 = &ho.s;
    while cond() {
        ho.t.merge(&o);
    }
    return &hq.s;
}

fn f232(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    let mut k0 = || { p.write(); };
    let mut r1 = &*p;
    let mut u2 = W::new(&mut o);
    r1 = pick(&*q);
    let mut pr3 = P::new(ho.t, R::new());
}




fn f233<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &hq.s } else { &*p };
    let mut u1 = W::new(&mut hp.t);
    hp.t.write();
    u1.bump();
    let mut a2 = make();
    let mut r3 = pick(&*q);
    let mut r4 = &*r3;
    if cond() {
    } else {
    }
    return &hq.t;
}




fn f234<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return pick(&*p); }
    htake(ho);
    std::thread::spawn(move || { look(&*p); });
    std::thread::spawn(move || { look(&ho.t); });
    let mut r0 = either(&hp.t, &*q);
    let mut w1 = &mut hp.t;
    if cond() { return &*q; }
    poke(&mut *p);
    q.merge(&hp.s);
    return &*p;
}

fn f235(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&o);
    let mut a1 = R::new();
    let mut v2 = V::new(either(&hp.t, &a1));
    let mut v3 = V::new(&hp.t);
    take(o);
}

fn f237(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    let mut u1 = W::new(&mut ho.s);
    r0 = &*r0;
    hpoke(&mut *hp);
    poke(&mut *p);
    let mut k2 = || { q.write(); };
    let mut r3 = q.me();
}




fn f239<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut v0 = V::new(&hq.t);
    let mut w1 = &mut ho.s;
    let mut a2 = ho.s;
    p.read();
    'l3: while cond() {
        let mut v4 = V::new(&o);
    }
    w1 = &mut a2;
    if cond() {
        w1 = &mut o;
    }
    return pick(&hp.s);
}

fn f242(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    let mut v1 = V::new(hq.s.me());
    if cond() {
        'l2: while cond() {
            ho.t.merge(&*p);
            if cond() { break 'l2; }
        }
    } else {
        let mut m3 = &*hp;
        v1.peek();
    }
    let mut r4 = &ho.s;
    let mut k5 = || { p.write(); };
}

fn f243(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.read();
    hq.s.merge(&o);
    let mut h0 = ho;
    h0.t.write();
    let mut h1 = H::new();
}

fn f244(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    let mut r1 = &o;
    hpoke(&mut *hp);
    let mut a2 = ho.t;
    let mut w3 = &mut *q;
    let mut pr4 = P::new(a2, ho.t);
    r0 = &*r0;
    pr4 = P::new(ho.s, o);
}

fn f245(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hq;
    ho.s.merge(&ho.t);
    if cond() { return; }
    ho.t.merge(&*p);
    if cond() {
        let mut r1 = &*p;
        r1 = &*p;
    } else {
        let mut r2 = &hq.s;
    }
    let mut a3 = o;
    let mut a4 = R::new();
    while cond() {
    }
}

fn f246(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.t;
    let mut k1 = || { look(&*p); };
}




fn f249<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut ho.s);
    if cond() { return o.me(); }
    let mut r0 = p.me();
    return o.me();
}

fn f253(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hq.s;
    let mut xs1 = [o, ho.s];
    if cond() {
        let mut a2 = match num() { 0 => R::new(), _ => ho.t };
        poke(&mut *q);
        r0.read();
        r0.merge(&a2);
        let mut r3 = &*r0;
    } else {
    }
    return hq.t;
}

fn f254(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut r1 = either(&h0.s, &o);
}




fn f255<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { p.write(); });
    let mut h0 = ho;
    hq.s.read();
    let mut k1 = || { q.write(); };
    k1();
    while cond() {
        let mut r2 = &hq.s;
        if cond() {
            let mut r3 = if cond() { &ho.t } else { &*p };
            k1();
            match num() {
                0 => {
                }
                _ => {
                }
            }
        } else {
        }
    }
    return &hq.s;
}

fn f258(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    take(a0);
    take(ho.t);
}

fn f259(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut pr1 = P::new(R::new(), o);
    ptake(pr1);
    hpoke(&mut *hp);
    let mut a2 = o;
    let mut r3 = pick(&*p);
    let mut a4 = o;
    poke(&mut o);
    htake(ho);
}

fn f260(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut m0 = &ho;
        let mut k1 = || { m0.s.write(); };
    }
    let mut a2 = o;
}

fn f262(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    ho.s.write();
    let mut a0 = match num() { 0 => R::new(), _ => ho.s };
    let mut v1 = V::new(match num() { 0 => &hq.t, _ => &*q });
    let mut w2 = &mut ho.t;
    ho.s.read();
}

fn f263(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*p); };
    look(&hp.t);
}

fn f264(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    std::thread::spawn(move || { ho.t.write(); });
    hq.s.merge(&ho.t);
    let mut k1 = || { p.write(); };
}

fn f265(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    {
        if cond() {
        } else {
        }
    }
}

fn f266(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hp.t.merge(if cond() { &*q } else { &*q });
    let mut r0 = either(&o, &hq.t);
    if cond() {
        while cond() {
            if cond() {
                let mut h1 = H::new();
                let mut m2 = &ho;
            } else {
                r0 = if cond() { &*r0 } else { &o };
            }
        }
        if cond() {
            ho.s.write();
        }
    } else {
    }
    return hq.s;
}

fn f267(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    ho.s.read();
    let mut h1 = H::new();
    if cond() { return; }
    if cond() {
        q.read();
        while cond() {
            let mut a2 = match num() { 0 => R::new(), _ => o };
            htake(*hp);
            let mut r3 = &*q;
        }
    }
}

fn f268(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    while cond() {
        let mut m1 = &ho;
        m1.s.read();
        let mut m2 = &*m1;
    }
}

fn f270(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hq);
    let mut r0 = if cond() { &*q } else { &*p };
    htake(ho);
    let mut k1 = || { look(&ho.t); };
}

fn f271(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hp.t.read();
    let mut u0 = W::new(&mut hq.s);
    let mut w1 = &mut *q;
    hlook(&*hq);
    if cond() { return *p; }
    while cond() {
        if cond() {
            hp.t.read();
        }
        w1 = &mut *w1;
    }
    let mut h2 = H::new();
    return *q;
}




fn f272<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hp);
    let mut r0 = &ho.s;
    r0 = pick(&hp.s);
    hpoke(&mut *hq);
    match num() {
        0 => {
            let mut a1 = R::new();
            {
                let mut h2 = ho;
            }
        }
        1 => {
        }
        _ => {
        }
    }
    return &*p;
}

fn f274(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        take(o);
        let mut a0 = o;
        let mut h1 = H::new();
        hpoke(&mut ho);
    }
}




fn f275<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.t.read();
    let mut a0 = match num() { 0 => R::new(), _ => ho.s };
    o.read();
    let mut r1 = &hp.s;
    let mut r2 = &*r1;
    if cond() {
        let mut a3 = match num() { 0 => R::new(), _ => ho.t };
        {
            let mut w4 = &mut o;
            let mut a5 = ho.s;
        }
    } else {
    }
    return &*q;
}

fn f276(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut h1 = H::new();
    h1.s = R::new();
    hlook(&h1);
    a0.merge(&*p);
}

fn f277(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &*p } else { &*q };
    while cond() {
        let mut m1 = &ho;
        p.merge(&ho.s);
    }
}




fn f278<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        p.merge(&hq.t);
        let mut k1 = || { look(&ho.t); };
        k1();
        poke(&mut hp.t);
        let mut a2 = make();
        let mut a3 = match num() { 0 => R::new(), _ => o };
    }
    return &ho.s;
}

fn f279(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    if cond() { return; }
    {
        hpoke(&mut *hp);
        look(&o);
    }
    let mut a1 = match num() { 0 => R::new(), _ => o };
}

fn f280(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut k1 = || { look(&hp.t); };
        while cond() {
            ho.t.merge(&o);
        }
    }
}

fn f281(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    p.write();
    hp.t.read();
    let mut k1 = || { look(&*p); };
    ho.t.merge(either(&o, &*q));
    let mut r2 = if cond() { &hq.s } else { &hp.t };
    if cond() { return; }
}

fn f283(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    look(&*p);
    let mut a0 = R::new();
    look(&*p);
    let mut w1 = &mut o;
    q.merge(&*p);
    if cond() { return; }
    w1 = &mut a0;
    let mut w2 = &mut hq.s;
    let mut m3 = &*hp;
}

fn f284(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hq);
    if cond() { return; }
    'l0: while cond() {
        ho.s.read();
    }
    let mut r1 = &*p;
    poke(&mut hq.t);
    if cond() {
        let mut h2 = ho;
        let mut r3 = pick(&*p);
        let mut h4 = ho;
        hpoke(&mut *hp);
    } else {
    }
}

fn f285(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    look(&*q);
    hpoke(&mut *hp);
    hq.s.read();
    if cond() {
        let mut a1 = make();
    } else {
    }
}

fn f286(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = o.me();
    take(ho.s);
    match num() {
        0 => {
            let mut h1 = H::new();
            r0 = if cond() { &h1.t } else { &hq.s };
            let mut m2 = &ho;
            {
                take(hp.t);
            }
            let mut h3 = H::new();
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f288(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut k1 = || { look(&*p); };
    {
        let mut h2 = H::new();
        match num() {
            0 => {
                let mut w3 = &mut a0;
                std::thread::spawn(move || { look(&ho.t); });
            }
            _ => {
            }
        }
    }
}

fn f289(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = ho.s;
    poke(&mut o);
}




fn f292<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&ho);
    let mut k0 = || { look(&hp.s); };
    if cond() { return &hq.s; }
    'l1: while cond() {
        take(o);
        q.merge(&*q);
    }
    return pick(&*p);
}




fn f293<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut o;
    take(o);
    let mut h1 = ho;
    let mut k2 = || { p.write(); };
    return pick(&hp.s);
}




fn f294<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        let mut r0 = &o;
    }
    std::thread::spawn(move || { p.write(); });
    return &hq.t;
}




fn f295<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hp.s.write();
    let mut a0 = make();
    while cond() {
        hq.s = R::new();
    }
    {
    }
    return &ho.s;
}

fn f296(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        while cond() {
            p.write();
        }
    }
    hpoke(&mut *hp);
    let mut r0 = &hp.t;
    ho.s.merge(&*p);
    r0 = q.me();
}

fn f297(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut k1 = || { hp.s.write(); };
    take(*r0);
    while cond() {
        let mut r2 = &hq.s;
        let mut a3 = o;
    }
}

fn f298(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut k1 = || { h0.s.write(); };
    k1();
    k1();
}




fn f301<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&hp.t);
    take(o);
    while cond() {
        let mut k0 = || { hp.t.write(); };
        if cond() {
            poke(&mut o);
            let mut a1 = make();
        }
        poke(&mut ho.t);
        let mut k2 = || { look(&hq.t); };
    }
    {
    }
    return &hp.t;
}

fn f302(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    take(a0);
    let mut m1 = &*hp;
    hlook(&ho);
    if cond() {
        if cond() { return; }
    }
    take(ho.t);
    let mut k2 = || { hp.s.write(); };
    let mut h3 = H::new();
}




fn f303<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = make();
    let mut a1 = match num() { 0 => R::new(), _ => a0 };
    let mut r2 = &ho.s;
    if cond() {
        let mut a3 = match num() { 0 => R::new(), _ => ho.t };
        let mut r4 = pick(&*q);
    }
    ho.t.merge(if cond() { &o } else { &hq.t });
    look(&*p);
    let mut a5 = a1;
    let mut a6 = make();
    return match num() { 0 => &hp.t, _ => &*q };
}

fn f304(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    while cond() {
        r0 = pick(&*p);
        let mut m1 = &*hq;
        let mut k2 = || { look(&hp.t); };
        let mut pr3 = P::new(ho.t, o);
        let mut r4 = ho.t.me();
        ptake(pr3);
    }
}




fn f305<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut o;
    let mut h1 = H::new();
    let mut a2 = ho.s;
    look(&o);
    if cond() {
        let mut r3 = if cond() { &hq.s } else { &*p };
        r3 = if cond() { &*q } else { &ho.t };
        let mut a4 = ho.s;
    }
    return &*p;
}

fn f307(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    let mut a0 = R::new();
    let mut a1 = o;
    take(a1);
    let mut r2 = &a1;
    if cond() {
        if cond() {
            htake(ho);
            let mut v3 = V::new(&*q);
            v3.peek();
        } else {
        }
    } else {
    }
}

fn f308(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    hq.s = R::new();
    hpoke(&mut ho);
    {
    }
}

fn f309(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut a1 = o;
    hpoke(&mut *hq);
    ho.s.write();
    let mut r2 = &hq.s;
    q.merge(&o);
    let mut w3 = &mut h0.s;
    return *q;
}

fn f310(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut k0 = || { look(&ho.s); };
    }
    ho.t.merge(pick(&hq.t));
    poke(&mut *p);
    let mut r1 = &*p;
    r1 = &ho.s;
    let mut k2 = || { look(&hq.t); };
    let mut r3 = &hp.s;
    r1 = &*p;
    let mut pr4 = P::new(R::new(), R::new());
    if cond() { return; }
}

fn f312(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &ho.t } else { &hp.t };
    o.merge(&ho.s);
    let mut pr1 = P::new(ho.t, ho.s);
    ptake(pr1);
    take(*pr1.a());
    let mut w2 = &mut hp.t;
    let mut u3 = W::new(&mut *w2);
    let mut m4 = &*hp;
    poke(&mut hq.t);
    let mut a5 = R::new();
    let mut r6 = pr1.a();
}

fn f313(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        p.merge(&o);
        let mut k0 = || { look(&ho.t); };
        k0();
        poke(&mut o);
        let mut r1 = &*q;
        std::thread::spawn(move || { look(&ho.s); });
    }
    let mut r2 = &o;
}

fn f314(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.t;
    'l1: while cond() {
        let mut a2 = o;
        let mut r3 = &ho.t;
    }
    hq.s.read();
    take(o);
}

fn f316(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut hq.t);
    hpoke(&mut *hp);
    let mut a0 = ho.s;
    take(a0);
    {
        let mut k1 = || { hp.s.write(); };
        htake(ho);
        let mut k2 = || { look(&ho.s); };
    }
    return ho.t;
}

fn f317(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut xs0 = [ho.s, ho.t];
    hq.s.merge(&o);
    let mut r1 = &hq.s;
    xs0[0] = R::new();
    let mut a2 = match num() { 0 => R::new(), _ => o };
    let mut m3 = &ho;
    xs0[1].merge(&hq.s);
    let mut r4 = &hp.t;
    take(a2);
    r1.write();
    return *p;
}

fn f318(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    hp.t.write();
    let mut r0 = &o;
    take(ho.t);
    take(*r0);
}

fn f319(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    let mut u0 = W::new(&mut hq.s);
    look(&ho.t);
    u0.bump();
    hlook(&ho);
    u0.bump();
    hpoke(&mut *hp);
    hp.s.merge(if cond() { &hp.s } else { &*q });
}

fn f320(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = pick(&*p);
    let mut r1 = &*r0;
    let mut v2 = V::new(match num() { 0 => &ho.s, _ => &o });
    return ho.s;
}

fn f321(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.merge(&o);
    hlook(&*hp);
    std::thread::spawn(move || { look(&ho.t); });
    let mut w0 = &mut hq.t;
}

fn f322(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut a1 = o;
    }
    hlook(&ho);
    take(hq.s);
    let mut a2 = match num() { 0 => R::new(), _ => ho.t };
    let mut a3 = R::new();
    let mut pr4 = P::new(R::new(), R::new());
    take(a2);
    if cond() {
        if cond() {
            let mut h5 = H::new();
        } else {
        }
    }
}

fn f323(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    poke(&mut *p);
    std::thread::spawn(move || { take(ho.s); });
    let mut r0 = &*q;
    p.write();
}

fn f327(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = o;
    if cond() { return; }
    take(o);
}

fn f328(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(o, R::new());
    let mut r1 = &*p;
}

fn f329(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { ho.s.write(); };
    while cond() {
    }
    return o;
}

fn f330(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut r1 = &hq.t;
    ho.t.read();
    return hp.s;
}

fn f332(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    p.merge(&hq.t);
    hq.t.read();
    let mut a1 = make();
    hp.t.read();
    let mut k2 = || { look(&hq.s); };
}

fn f333(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut a1 = match num() { 0 => R::new(), _ => o };
    let mut a2 = R::new();
    hpoke(&mut h0);
    look(&o);
    let mut r3 = &hq.t;
    let mut r4 = &o;
    {
    }
    return hq.s;
}

fn f334(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.merge(if cond() { &*p } else { &o });
    if cond() { return; }
    hpoke(&mut *hp);
}




fn f335<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = pick(&o);
    while cond() {
        let mut xs1 = [R::new(), R::new()];
        std::thread::spawn(move || { take(ho.s); });
    }
    'l2: while cond() {
        if cond() {
            poke(&mut o);
            let mut h3 = ho;
        } else {
        }
    }
    return &o;
}




fn f336<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    std::thread::spawn(move || { hp.s.write(); });
    std::thread::spawn(move || { look(&*p); });
    let mut a1 = o;
    let mut k2 = || { look(&hq.t); };
    {
        let mut r3 = &a0;
        let mut m4 = &*hp;
    }
    return &*p;
}

fn f337(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { hp.t.write(); });
    let mut a0 = R::new();
    let mut h1 = H::new();
    std::thread::spawn(move || { look(&hp.s); });
    'l2: while cond() {
    }
}

fn f338(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    {
        hlook(&*hp);
        let mut v1 = V::new(&*p);
        look(&*q);
        hlook(&ho);
        look(&ho.t);
        let mut v2 = V::new(o.me());
    }
}

fn f340(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    let mut h0 = H::new();
    let mut r1 = if cond() { &h0.s } else { &h0.t };
    hlook(&h0);
}




fn f341<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        let mut k1 = || { look(&hp.t); };
        let mut r2 = &hp.t;
    }
    return &o;
}

fn f342(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    o.write();
    ho.t.merge(&*q);
    poke(&mut o);
    while cond() {
        while cond() {
            p.merge(&*p);
            hq.s = ho.s;
        }
    }
    take(ho.s);
    let mut a0 = R::new();
}




fn f343<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = R::new();
    hq.s.read();
    return &o;
}

fn f344(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    let mut k1 = || { look(&*p); };
    hlook(&*hp);
    hq.t.write();
    q.read();
    if cond() {
        let mut w2 = &mut hq.t;
        let mut h3 = H::new();
    } else {
    }
}

fn f345(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    let mut pr1 = P::new(ho.s, ho.s);
    let mut h2 = H::new();
    let mut r3 = if cond() { &o } else { &*q };
    htake(*hp);
    let mut a4 = R::new();
}

fn f346(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hq;
    let mut k1 = || { m0.t.write(); };
    let mut pr2 = P::new(ho.s, R::new());
    let mut a3 = make();
    hq.t.write();
    let mut a4 = a3;
}

fn f347(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.s };
    {
        let mut r1 = &hp.s;
        let mut m2 = &ho;
        let mut m3 = &*hq;
        let mut a4 = match num() { 0 => R::new(), _ => a0 };
    }
    htake(ho);
    if cond() { return; }
    let mut r5 = &hq.t;
    let mut h6 = H::new();
}

fn f348(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    'l1: while cond() {
        hpoke(&mut ho);
    }
}

fn f349(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(R::new(), o);
    pr0.b().read();
    let mut v1 = V::new(&hp.s);
    hq.s = o;
}

fn f350(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut a1 = make();
    let mut m2 = &ho;
    hlook(&ho);
    std::thread::spawn(move || { look(&ho.s); });
    let mut r3 = &o;
    let mut u4 = W::new(&mut hq.s);
    let mut r5 = &*r3;
    let mut k6 = || { look(&*q); };
}




fn f352<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &o;
    take(ho.t);
    hpoke(&mut ho);
    let mut a1 = ho.t;
    return &o;
}

fn f353(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    let mut k0 = || { look(&ho.t); };
    while cond() {
        q.merge(&ho.t);
        let mut r1 = either(&*p, &hq.t);
        let mut m2 = &ho;
        q.read();
        let mut a3 = ho.s;
        take(a3);
    }
    o.read();
}




fn f355<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    let mut xs0 = [R::new(), o];
    let mut r1 = pick(&hp.t);
    look(&*p);
    r1 = &*r1;
    if cond() { return &*r1; }
    xs0[0] = R::new();
    return pick(&*q);
}




fn f356<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut ho.t;
    let mut u1 = W::new(&mut *q);
    if cond() { return &*w0; }
    let mut r2 = &*q;
    let mut r3 = pick(&hq.s);
    wtake(u1);
    let mut xs4 = [R::new(), ho.t];
    let mut a5 = ho.s;
    return match num() { 0 => &ho.s, _ => &*p };
}




fn f357<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    hq.s.read();
    let mut r1 = &hq.s;
    while cond() {
        let mut h2 = ho;
    }
    let mut r3 = &*p;
    let mut r4 = &h0.t;
    return pick(&hq.t);
}




fn f359<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s.read();
    let mut pr0 = P::new(o, R::new());
    let mut v1 = V::new(if cond() { &o } else { &o });
    ptake(pr0);
    pr0.a().read();
    std::thread::spawn(move || { take(ho.s); });
    let mut r2 = match num() { 0 => &*p, _ => &*p };
    return hp.t.me();
}

fn f360(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.s); };
    let mut h1 = H::new();
    let mut r2 = &o;
    let mut r3 = &*p;
    if cond() {
        {
        }
    } else {
    }
}

fn f361(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    r0 = match num() { 0 => &*q, _ => &*r0 };
    let mut r1 = either(&hp.s, &o);
    let mut h2 = ho;
    look(&*r1);
    let mut h3 = H::new();
    let mut a4 = h3.t;
    hpoke(&mut *hq);
    let mut h5 = H::new();
    look(&h2.t);
    let mut k6 = || { hp.t.write(); };
}




fn f362<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&*q);
    q.merge(&hq.t);
    let mut a0 = R::new();
    if cond() {
        poke(&mut o);
    }
    hpoke(&mut *hq);
    return o.me();
}




fn f363<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.s.merge(&ho.t);
    let mut r0 = &ho.t;
    return either(&*p, &hq.s);
}

fn f365(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut k1 = || { hq.t.write(); };
}

fn f366(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    'l1: while cond() {
        let mut m2 = &*hp;
    }
    let mut m3 = &*hq;
    htake(ho);
    let mut r4 = &o;
    r0.write();
    take(ho.t);
    {
    }
}

fn f368(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut a0 = R::new();
    }
}

fn f371(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut r1 = match num() { 0 => &*p, _ => &*q };
    let mut m2 = &*hq;
}

fn f373(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    let mut a1 = make();
    let mut a2 = ho.t;
    let mut k3 = || { hq.t.write(); };
    let mut h4 = ho;
    ho.t.read();
}

fn f376(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        poke(&mut *q);
        look(&ho.t);
        hq.t = R::new();
        let mut h1 = H::new();
    }
    let mut a2 = make();
    {
    }
    return ho.s;
}

fn f377(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    let mut v1 = V::new(either(&hp.s, &*p));
    v1 = V::new(&hp.t);
    let mut w2 = &mut hq.s;
    vtake(v1);
    hpoke(&mut ho);
    v1.get().read();
}

fn f378(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hpoke(&mut *hq);
        hpoke(&mut ho);
        while cond() {
            let mut h0 = H::new();
            take(h0.s);
        }
        {
            let mut a1 = match num() { 0 => R::new(), _ => o };
            let mut r2 = match num() { 0 => &o, _ => &ho.t };
            p.merge(&o);
            if cond() {
            }
        }
    }
}

fn f382(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    let mut h0 = H::new();
    let mut u1 = W::new(&mut hq.s);
    ho.s.write();
    u1.bump();
    u1.bump();
    let mut k2 = || { look(&hp.s); };
    let mut h3 = H::new();
    'l4: while cond() {
        let mut xs5 = [h3.t, h0.s];
    }
}

fn f383(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.t;
    let mut pr1 = P::new(ho.t, ho.s);
    let mut r2 = q.me();
    hlook(&*hp);
    let mut xs3 = [R::new(), R::new()];
}

fn f384(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.read();
    if cond() { return; }
    take(*p);
}

fn f385(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.merge(&o);
    while cond() {
        if cond() { return; }
        hq.t = R::new();
    }
}

fn f386(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    std::thread::spawn(move || { take(ho.t); });
    htake(ho);
    o.write();
    let mut v0 = V::new(hq.s.me());
    poke(&mut hq.s);
    while cond() {
        let mut k1 = || { look(&ho.t); };
        let mut a2 = R::new();
        let mut r3 = match num() { 0 => &*p, _ => &o };
    }
}

fn f387(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&ho.s, &hp.s);
    let mut xs1 = [o, ho.t];
    take(xs1[1]);
    r0 = pick(&hp.s);
    let mut h2 = ho;
    let mut v3 = V::new(&*q);
    hlook(&*hp);
}

fn f388(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut a1 = o;
    let mut a2 = make();
    let mut r3 = &*p;
    let mut r4 = &a0;
    if cond() {
        let mut a5 = R::new();
    } else {
    }
}

fn f389(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*p);
    'l1: while cond() {
        let mut pr2 = P::new(o, R::new());
        while cond() {
            let mut k3 = || { hp.t.write(); };
        }
        let mut k4 = || { ho.t.write(); };
        let mut r5 = if cond() { &ho.t } else { &*q };
        let mut h6 = H::new();
    }
    let mut h7 = H::new();
}




fn f390<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    p.read();
    let mut a0 = ho.t;
    let mut a1 = R::new();
    take(a0);
    hp.t.read();
    poke(&mut a1);
    std::thread::spawn(move || { hp.s.write(); });
    look(&a0);
    take(ho.s);
    return pick(&*q);
}

fn f391(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.merge(&ho.t);
    look(&*p);
    let mut xs0 = [o, R::new()];
    let mut r1 = &hp.s;
    let mut k2 = || { look(&*q); };
    let mut u3 = W::new(&mut hq.s);
    while cond() {
        {
            r1 = &o;
        }
    }
}

fn f392(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    match num() {
        0 => {
            let mut v1 = V::new(&*p);
            let mut a2 = o;
        }
        _ => {
            let mut w3 = &mut ho.t;
        }
    }
    let mut w4 = &mut o;
    let mut m5 = &*hp;
    if cond() { return; }
    let mut pr6 = P::new(R::new(), ho.t);
}

fn f393(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    std::thread::spawn(move || { look(&*p); });
    take(*p);
    let mut w1 = &mut o;
    ho.t.merge(&o);
    let mut r2 = &hq.s;
    'l3: while cond() {
        let mut h4 = H::new();
        if cond() {
            o = R::new();
            let mut w5 = &mut a0;
        }
    }
}

fn f394(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(o, R::new());
    let mut xs1 = [R::new(), ho.t];
    ptake(pr0);
    hq.t.read();
    xs1[0].read();
    xs1[1].read();
}

fn f395(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut *q);
    let mut m0 = &*hp;
    let mut m1 = &*hq;
    p.merge(&ho.t);
    let mut m2 = &*m0;
    let mut pr3 = P::new(o, R::new());
    let mut w4 = &mut *q;
    let mut r5 = &hp.s;
    if cond() {
    }
}




fn f396<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    if cond() {
        match num() {
            0 => {
                let mut a1 = o;
                let mut k2 = || { h0.t.write(); };
            }
            _ => {
                while cond() {
                    let mut h3 = H::new();
                    hp.s.write();
                }
            }
        }
    }
    return &*p;
}



























impl H { fn f5(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &self.t;
    let mut m1 = &ho;
    look(&*q);
    let mut r2 = m1.t.me();
    return hq.s;
} }


impl H { fn f22(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut o);
    let mut h0 = H::new();
    let mut r1 = p.me();
    poke(&mut hq.t);
    while cond() {
        htake(h0);
        poke(&mut hp.t);
    }
} }

impl H { fn f25(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &ho.s } else { &hq.s };
    if cond() { return; }
    let mut k1 = || { p.write(); };
    r0 = &o;
    'l2: while cond() {
        look(&o);
        let mut r3 = &o;
        let mut k4 = || { q.write(); };
        look(&*r3);
    }
} }

impl H { fn f27(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    q.write();
    let mut r1 = either(&hp.s, &o);
    o = R::new();
    p.merge(if cond() { &*q } else { &self.t });
} }


impl H { fn f28(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut pr0 = P::new(R::new(), R::new());
    hlook(&*hq);
    poke(&mut *q);
    p.read();
    match num() {
        0 => {
        }
        _ => {
        }
    }
    return hp.t;
} }


impl H { fn f29(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut m1 = &*hq;
    p.write();
    let mut r2 = either(&m1.t, &hp.s);
    hpoke(&mut *hq);
    return self.t;
} }


impl H { fn f33(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.t.read();
    let mut r0 = &o;
} }


impl H { fn f45(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(either(&hp.t, &self.s));
    let mut a1 = o;
    let mut a2 = match num() { 0 => R::new(), _ => ho.s };
} }


impl H { fn f51(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut ho.t);
    let mut w0 = &mut *q;
    if cond() {
        hpoke(&mut *hp);
        take(o);
        let mut a1 = ho.s;
        let mut a2 = R::new();
        std::thread::spawn(move || { p.write(); });
    }
    return *p;
} }


impl H { fn f55(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.s.write();
    poke(&mut *p);
    let mut r0 = either(&ho.t, &hp.t);
    while cond() {
        ho.t.write();
        let mut a1 = o;
    }
    r0 = &*q;
    take(self.t);
    return ho.t;
} }

impl H { fn f59(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hq.s.me();
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    match num() {
        0 => {
        }
        _ => {
        }
    }
} }

impl H { fn f61(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.t.write(); };
    let mut a1 = ho.t;
    take(ho.s);
    if cond() {
        let mut r2 = pick(&self.s);
        let mut m3 = &*hq;
        hlook(&*self);
        if cond() {
            let mut w4 = &mut hq.s;
            let mut m5 = &*m3;
        } else {
        }
    } else {
    }
} }


impl H { fn f65(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut k1 = || { self.t.write(); };
    p.write();
    let mut a2 = match num() { 0 => R::new(), _ => h0.t };
    take(h0.s);
    {
        while cond() {
            if cond() {
                let mut r3 = match num() { 0 => &self.s, _ => &h0.s };
                let mut w4 = &mut self.t;
            } else {
                hpoke(&mut *hq);
            }
        }
    }
} }


impl H { fn f66(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&self.t); };
    let mut a1 = ho.s;
    let mut r2 = &ho.s;
    if cond() { return; }
    self.s.read();
    let mut r3 = &o;
    let mut a4 = match num() { 0 => R::new(), _ => o };
} }


impl H { fn f70(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { p.write(); });
    let mut r0 = pick(&o);
    if cond() { return; }
} }

impl H { fn f72(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    let mut k0 = || { look(&*p); };
    let mut r1 = &o;
    poke(&mut o);
    r1.read();
    let mut u2 = W::new(&mut *r1);
    if cond() {
        let mut h3 = ho;
        hlook(&h3);
    } else {
        'l4: while cond() {
        }
    }
} }


impl H { fn f73(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    look(&*r0);
    take(ho.s);
    match num() {
        0 => {
            self.s.read();
            take(ho.s);
        }
        1 => {
            take(*q);
            take(o);
            let mut w1 = &mut hp.t;
        }
        _ => {
            let mut a2 = ho.t;
        }
    }
} }


impl H { fn f74(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.t);
    let mut r0 = &*p;
    let mut r1 = either(&o, &*r0);
    let mut r2 = pick(&o);
} }


impl H { fn f79(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    let mut m1 = &*hq;
    let mut a2 = make();
    a2.write();
    q.write();
    a0.read();
    let mut r3 = a0.me();
    return ho.s;
} }


impl H { fn f89(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        htake(ho);
        let mut r0 = &*p;
        hp.s.merge(&o);
        std::thread::spawn(move || { take(ho.t); });
        let mut u1 = W::new(&mut hq.t);
        let mut h2 = H::new();
        look(&h2.s);
        let mut r3 = r0.me();
    }
} }

impl H { fn f92(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &o;
    look(&*q);
    p.merge(either(&hp.t, &*q));
    if cond() {
        match num() {
            0 => {
                let mut r1 = &self.t;
            }
            _ => {
            }
        }
    } else {
    }
    return self.s;
} }


impl H { fn f98(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.s);
    let mut m0 = &*hp;
    while cond() {
        self.s.merge(&hp.t);
        let mut h1 = ho;
    }
} }

impl H { fn f99(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut w1 = &mut hq.s;
    let mut w2 = &mut *w1;
    w1.merge(&*q);
    if cond() { return; }
    take(ho.t);
    'l3: while cond() {
        let mut a4 = make();
        {
            let mut r5 = pick(&ho.t);
            hpoke(&mut ho);
        }
    }
} }

impl H { fn f101(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    self.s.write();
    let mut a1 = match num() { 0 => R::new(), _ => o };
    p.merge(&self.t);
    let mut k2 = || { q.write(); };
    look(&*p);
} }


impl H { fn f112(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    std::thread::spawn(move || { take(ho.t); });
} }

impl H { fn f121(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    ho.t.write();
} }


impl H { fn f123(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        std::thread::spawn(move || { look(&hp.s); });
        if cond() {
            let mut h0 = ho;
            let mut k1 = || { look(&*p); };
            let mut h2 = h0;
        }
    }
    let mut h3 = H::new();
    let mut h4 = H::new();
    return o;
} }


impl H { fn f127(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return hq.s; }
    let mut a0 = R::new();
    poke(&mut hp.t);
    if cond() { return a0; }
    hlook(&*hq);
    let mut r1 = &*q;
    let mut pr2 = P::new(a0, R::new());
    return self.t;
} }


impl H { fn f130(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        o.merge(&*p);
    }
    let mut xs1 = [o, o];
    let mut w2 = &mut hq.t;
    if cond() {
    }
} }


impl H { fn f133(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &self.s;
    q.merge(if cond() { &*r0 } else { &*p });
} }

impl H { fn f145(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        match num() {
            0 => {
                let mut r0 = &ho.t;
                hlook(&*self);
            }
            1 => {
                look(&o);
                take(ho.t);
            }
            _ => {
            }
        }
    }
} }


impl H { fn f148(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &o;
    let mut u1 = W::new(&mut hp.s);
    std::thread::spawn(move || { p.write(); });
    return hp.s;
} }


impl H { fn f149(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hp.s.me();
    let mut m1 = &*self;
    let mut h2 = H::new();
    let mut k3 = || { self.s.write(); };
    htake(*hp);
    p.write();
    k3();
} }


impl H { fn f157(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hp.t);
    let mut xs1 = [R::new(), ho.t];
    let mut a2 = match num() { 0 => R::new(), _ => o };
    if cond() {
        std::thread::spawn(move || { look(&*p); });
        if cond() {
            poke(&mut *q);
        }
        p.merge(&ho.s);
    } else {
        self.s = R::new();
    }
    hlook(&*hp);
} }


impl H { fn f158(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hp.t);
    take(ho.t);
    let mut w0 = &mut hq.s;
    let mut a1 = ho.s;
    look(&self.s);
    let mut r2 = &self.t;
    if cond() {
        let mut pr3 = P::new(a1, o);
        ptake(pr3);
    } else {
    }
} }


impl H { fn f163(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.write();
    p.merge(&ho.s);
    let mut r0 = if cond() { &hq.s } else { &hq.t };
    if cond() {
        let mut a1 = R::new();
        q.write();
        let mut a2 = R::new();
        poke(&mut ho.s);
        if cond() { return ho.t; }
        let mut k3 = || { look(&*p); };
        let mut a4 = o;
    } else {
    }
    return *p;
} }


impl H { fn f166(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    poke(&mut *q);
    let mut u1 = W::new(&mut *q);
    k0();
    take(o);
} }


impl H { fn f167(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut ho.s);
    while cond() {
        take(o);
        let mut v0 = V::new(if cond() { &*p } else { &self.t });
        v0.peek();
    }
    if cond() {
        let mut v1 = V::new(match num() { 0 => &hq.t, _ => &hq.t });
        let mut k2 = || { look(&hq.t); };
        let mut r3 = &*p;
        take(ho.t);
        let mut xs4 = [ho.t, R::new()];
    }
    return hp.s;
} }

impl H { fn f171(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &hq.s } else { &*p };
    r0 = &ho.s;
    'l1: while cond() {
        let mut r2 = &hp.t;
    }
    hq.t = R::new();
    take(self.s);
    let mut a3 = ho.t;
} }


impl H { fn f173(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    poke(&mut hp.s);
    let mut k1 = || { p.write(); };
    if cond() {
        let mut h2 = H::new();
        h2.t = o;
        hlook(&*self);
        let mut w3 = &mut self.t;
        w3.write();
        std::thread::spawn(move || { p.write(); });
    } else {
    }
} }


impl H { fn f174(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut r1 = &hq.t;
} }


impl H { fn f177(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = o;
    let mut r0 = if cond() { &*q } else { &o };
    htake(ho);
    let mut h1 = ho;
    take(ho.t);
} }


impl H { fn f178(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hp.t);
    let mut v1 = V::new(r0.me());
    let mut u2 = W::new(&mut self.s);
    let mut u3 = W::new(&mut *q);
    match num() {
        0 => {
            let mut r4 = if cond() { &*p } else { &self.t };
            let mut a5 = make();
            let mut k6 = || { look(&ho.s); };
            let mut a7 = ho.t;
            while cond() {
            }
        }
        1 => {
        }
        _ => {
        }
    }
} }


impl H { fn f180(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    if cond() {
        if cond() {
            std::thread::spawn(move || { look(&hp.t); });
        } else {
            poke(&mut *r0);
        }
        o.read();
        std::thread::spawn(move || { look(&hp.s); });
    } else {
        let mut a1 = ho.s;
    }
} }


impl H { fn f185(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    hlook(&*hp);
    if cond() {
        std::thread::spawn(move || { take(ho.s); });
        std::thread::spawn(move || { take(ho.s); });
        if cond() {
            poke(&mut *r0);
            let mut a1 = make();
        }
    }
} }

impl H { fn f187(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    q.read();
    hp.t.write();
    let mut h0 = H::new();
    'l1: while cond() {
    }
    return hp.t;
} }

impl H { fn f193(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(ho.t, o);
    take(o);
    let mut r1 = q.me();
    q.read();
    ptake(pr0);
    {
        std::thread::spawn(move || { take(ho.s); });
        let mut a2 = make();
        let mut m3 = &ho;
        let mut r4 = &hp.t;
        let mut pr5 = P::new(o, R::new());
    }
} }

impl H { fn f194(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut a0 = make();
    }
    look(&hp.t);
    let mut a1 = R::new();
} }


impl H { fn f200(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.s = R::new();
    q.merge(match num() { 0 => &hp.t, _ => &ho.t });
    return o;
} }

impl H { fn f205(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut v0 = V::new(pick(&self.s));
    let mut r1 = pick(&ho.s);
    std::thread::spawn(move || { hp.t.write(); });
    let mut k2 = || { self.s.write(); };
    let mut r3 = &*r1;
    return ho.s;
} }


impl H { fn f207(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    'l1: while cond() {
        o.write();
    }
    p.write();
} }

impl H { fn f208(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(*q);
    std::thread::spawn(move || { look(&self.s); });
    let mut r0 = pick(&hq.s);
    r0 = o.me();
    if cond() {
        let mut m1 = &*self;
    } else {
        {
        }
    }
    return o;
} }


impl H { fn f210(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut a0 = make();
    }
    let mut a1 = ho.s;
    let mut a2 = ho.s;
    let mut h3 = H::new();
} }

impl H { fn f214(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &self.s;
    r0 = hp.t.me();
    let mut a1 = o;
    let mut a2 = a1;
    let mut k3 = || { ho.s.write(); };
    if cond() { return; }
    poke(&mut *r0);
    if cond() {
        let mut xs4 = [o, a1];
        let mut v5 = V::new(if cond() { &self.s } else { &*r0 });
    } else {
        let mut m6 = &*hp;
    }
} }


impl H { fn f222(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &self.s;
    match num() {
        0 => {
            let mut h1 = H::new();
            poke(&mut self.s);
            let mut a2 = match num() { 0 => R::new(), _ => h1.t };
            take(h1.t);
        }
        1 => {
        }
        _ => {
        }
    }
} }


impl H { fn f223(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut v0 = V::new(&ho.t);
    let mut m1 = &ho;
    v0.get().read();
    while cond() {
        if cond() {
            let mut xs2 = [ho.s, R::new()];
            m1.t.merge(&m1.s);
            v0.get().read();
        } else {
            look(&m1.s);
        }
        v0.get().read();
    }
    return *q;
} }

impl H { fn f226(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut v0 = V::new(pick(&*p));
    let mut h1 = H::new();
    let mut pr2 = P::new(ho.t, ho.s);
    take(self.s);
    match num() {
        0 => {
            while cond() {
                take(hq.t);
                v0.get().read();
            }
        }
        _ => {
        }
    }
    return hp.s;
} }


impl H { fn f231(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.s;
    hq.t.merge(hp.s.me());
    let mut pr1 = P::new(R::new(), ho.s);
    while cond() {
        let mut m2 = &*hq;
        while cond() {
            {
                look(&m2.t);
                pr1 = P::new(R::new(), ho.s);
                let mut r3 = match num() { 0 => &*w0, _ => &*q };
                if cond() { return; }
            }
        }
    }
} }


impl H { fn f236(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut r0 = hp.s.me();
    let mut a1 = R::new();
    while cond() {
        hq.t.merge(&hp.s);
        let mut a2 = ho.t;
    }
    hp.t.merge(&*r0);
    if cond() { return; }
} }

impl H { fn f238(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hp.s;
    if cond() { return hq.t; }
    ho.s.read();
    'l1: while cond() {
        let mut r2 = &ho.s;
    }
    let mut m3 = &*hp;
    poke(&mut *q);
    r0 = if cond() { &o } else { &self.t };
    r0 = &m3.t;
    while cond() {
        std::thread::spawn(move || { look(&self.s); });
    }
    return o;
} }

impl H { fn f240(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return hp.s; }
    std::thread::spawn(move || { look(&self.t); });
    if cond() {
        let mut w0 = &mut hp.s;
    } else {
        let mut w1 = &mut *q;
        let mut w2 = &mut ho.t;
        take(*w1);
    }
    return self.s;
} }


impl H { fn f241(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = match num() { 0 => &o, _ => &ho.t };
    htake(*hq);
    std::thread::spawn(move || { look(&hp.s); });
    self.s.write();
    let mut r1 = &hp.s;
    if cond() {
        let mut a2 = ho.s;
    } else {
    }
} }


impl H { fn f247(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.t.merge(pick(&self.s));
    let mut m0 = &*self;
    {
        let mut r1 = &hp.s;
    }
    'l2: while cond() {
    }
} }


impl H { fn f248(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.s;
    let mut a1 = o;
    let mut a2 = make();
    while cond() {
        if cond() { return; }
        let mut h3 = ho;
        self.t.read();
    }
    look(&a2);
} }


impl H { fn f250(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut r0 = pick(&o);
    }
    hpoke(&mut *hq);
    let mut k1 = || { p.write(); };
    ho.s.merge(&*p);
    'l2: while cond() {
    }
} }

impl H { fn f251(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { take(ho.s); });
    o = R::new();
    if cond() {
        let mut a0 = make();
    }
    let mut k1 = || { p.write(); };
    self.t.write();
    if cond() {
        take(ho.t);
    }
} }


impl H { fn f252(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut r0 = &hq.t;
    let mut w1 = &mut hp.s;
    w1 = &mut *w1;
    r0 = either(&hq.t, &hp.s);
    w1 = &mut o;
    match num() {
        0 => {
            take(ho.t);
        }
        1 => {
        }
        _ => {
        }
    }
} }


impl H { fn f256(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut a0 = R::new();
    }
} }

impl H { fn f257(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hlook(&ho);
    let mut r0 = &ho.s;
    let mut k1 = || { look(&hp.t); };
    while cond() {
        let mut m2 = &*hq;
        while cond() {
            let mut w3 = &mut m2.s;
            take(o);
        }
        hq.s = ho.s;
    }
    return o;
} }


impl H { fn f261(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    let mut k1 = || { hp.s.write(); };
    hpoke(&mut *self);
    ho.s = ho.s;
    ho.s.merge(&ho.s);
    let mut h2 = ho;
    let mut r3 = &*p;
} }


impl H { fn f269(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut u0 = W::new(&mut o);
} }

impl H { fn f273(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&*q); };
    let mut a1 = R::new();
    let mut a2 = o;
    let mut w3 = &mut self.t;
    look(&ho.t);
    if cond() {
        ho.t.read();
    } else {
    }
    return ho.t;
} }

impl H { fn f282(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hq.s;
    match num() {
        0 => {
            htake(ho);
            let mut a1 = ho.t;
            let mut r2 = &ho.s;
        }
        1 => {
            let mut k3 = || { look(&hq.s); };
            let mut w4 = &mut hq.t;
            w4 = &mut o;
            let mut a5 = o;
        }
        _ => {
        }
    }
    return *q;
} }

impl H { fn f287(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    look(&hp.s);
    let mut a1 = make();
    let mut a2 = make();
    let mut k3 = || { p.write(); };
    let mut a4 = R::new();
    look(&*p);
    let mut r5 = &ho.s;
    while cond() {
    }
} }

impl H { fn f290(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut o);
    let mut a0 = make();
} }


impl H { fn f291(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut u1 = W::new(&mut o);
} }


impl H { fn f299(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hp.t.write(); };
    ho.t = R::new();
} }

impl H { fn f300(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = match num() { 0 => &self.s, _ => &*p };
    let mut w1 = &mut hp.s;
    let mut a2 = ho.t;
    let mut a3 = o;
    let mut r4 = &*w1;
} }

impl H { fn f306(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    while cond() {
        let mut r0 = &*p;
        let mut a1 = o;
        if cond() {
            let mut k2 = || { self.s.write(); };
            let mut r3 = &*q;
            hpoke(&mut *self);
            if cond() { break; }
            r0 = &hq.s;
        } else {
        }
    }
} }

impl H { fn f311(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&ho.t);
    hp.t.read();
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    let mut a2 = ho.t;
    take(a1);
    take(*q);
    if cond() {
    }
} }

impl H { fn f315(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        htake(ho);
        htake(ho);
        hpoke(&mut *self);
    }
    hq.s.write();
    if cond() {
        if cond() {
            let mut pr1 = P::new(R::new(), o);
            let mut r2 = &o;
        }
    }
    return hq.t;
} }

impl H { fn f324(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.write();
    ho.t.write();
    hq.s = R::new();
    self.s.merge(&ho.t);
} }

impl H { fn f325(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &ho.s } else { &hq.s };
    let mut r1 = &hp.s;
    let mut h2 = ho;
    if cond() { return; }
    let mut r3 = &*r0;
} }

impl H { fn f326(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(R::new(), ho.t);
    ptake(pr0);
    hq.t = o;
    while cond() {
        let mut a1 = match num() { 0 => R::new(), _ => o };
        let mut r2 = pick(&self.t);
        let mut r3 = q.me();
        let mut m4 = &*self;
        r3.write();
        let mut xs5 = [ho.t, R::new()];
    }
} }


impl H { fn f331(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    let mut xs0 = [R::new(), R::new()];
    xs0[0].merge(q.me());
    let mut r1 = p.me();
} }


impl H { fn f339(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    match num() {
        0 => {
            let mut pr1 = P::new(ho.s, o);
        }
        1 => {
            if cond() { return; }
            htake(ho);
        }
        _ => {
        }
    }
} }


impl H { fn f351(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    h0.t.read();
    let mut xs1 = [R::new(), ho.s];
    let mut a2 = o;
    xs1[1].read();
    let mut a3 = o;
    let mut m4 = &ho;
    m4.s.merge(&hq.t);
    let mut a5 = ho.t;
    let mut h6 = H::new();
    let mut a7 = h6.s;
} }


impl H { fn f354(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    let mut h0 = ho;
} }

impl H { fn f358(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { self.s.write(); };
    let mut m1 = &ho;
    if cond() {
        hp.t.merge(&ho.s);
        if cond() {
            self.t.read();
            if cond() {
                let mut m2 = &*hq;
                let mut xs3 = [R::new(), R::new()];
            }
            let mut a4 = o;
        }
    }
} }

impl H { fn f364(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut u0 = W::new(&mut self.t);
    while cond() {
        if cond() { return o; }
        let mut h1 = H::new();
        let mut m2 = &*self;
    }
    return ho.s;
} }


impl H { fn f367(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    take(*q);
    look(&ho.t);
    hq.s = ho.s;
    self.s.read();
    let mut m1 = &*self;
    let mut a2 = o;
    o.read();
} }


impl H { fn f369(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*q); };
    let mut r1 = &hp.t;
    let mut pr2 = P::new(ho.t, o);
    let mut r3 = &*r1;
} }


impl H { fn f370(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&self.s); };
    std::thread::spawn(move || { p.write(); });
    let mut r1 = if cond() { &hq.s } else { &*q };
    let mut a2 = make();
    q.merge(hp.s.me());
    while cond() {
    }
} }


impl H { fn f372(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    match num() {
        0 => {
            let mut a0 = R::new();
            while cond() {
                while cond() {
                    let mut a1 = make();
                }
                let mut a2 = ho.s;
            }
            let mut k3 = || { look(&hp.s); };
            take(ho.t);
        }
        1 => {
        }
        _ => {
        }
    }
    return hp.t;
} }

impl H { fn f374(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.read();
    take(hp.s);
    let mut u0 = W::new(&mut self.t);
    match num() {
        0 => {
        }
        1 => {
        }
        _ => {
        }
    }
    return o;
} }

impl H { fn f375(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    if cond() { return; }
    let mut a1 = ho.s;
} }

impl H { fn f379(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { hp.s.write(); };
    take(o);
    if cond() { return *q; }
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    return self.t;
} }

impl H { fn f380(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = if cond() { &*q } else { &hp.t };
    poke(&mut self.t);
    return self.s;
} }


impl H { fn f381(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s.merge(&o);
    take(o);
    while cond() {
        let mut k0 = || { self.t.write(); };
    }
    let mut k1 = || { look(&hp.s); };
    let mut h2 = ho;
    while cond() {
    }
} }


impl H { fn f397(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut m0 = &*self;
    let mut h1 = H::new();
    ho.t.write();
    return hq.t;
} }

impl H { fn f398(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    hlook(&*hq);
    hp.s = R::new();
    self.s.write();
    let mut h0 = H::new();
    let mut xs1 = [R::new(), h0.t];
    let mut xs2 = [h0.s, R::new()];
    let mut h3 = H::new();
    let mut k4 = || { look(&*p); };
} }

impl H { fn f399(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.read();
    std::thread::spawn(move || { look(&hp.s); });
} }

pub struct R { v: i32 }
impl R {
    pub fn new() -> R { R { v: 0 } }
    pub fn read(&self) -> i32 { self.v }
    pub fn write(&mut self) { self.v += 1; }
    pub fn me(&self) -> &R { self }
    pub fn merge(&mut self, other: &R) { self.v += other.v; }
}
pub struct H { pub s: R, pub t: R }
impl H { pub fn new() -> H { H { s: R::new(), t: R::new() } } }
pub fn cond() -> bool { std::hint::black_box(true) }
pub fn num() -> i32 { std::hint::black_box(0) }
pub fn make() -> R { R::new() }
pub fn look(x: &R) -> i32 { x.v }
pub fn poke(x: &mut R) { x.v += 1; }
pub fn take(x: R) {}
pub fn pick(x: &R) -> &R { x }
pub fn either<'a>(x: &'a R, y: &'a R) -> &'a R { x }
pub fn hlook(x: &H) -> i32 { 0 }
pub fn hpoke(x: &mut H) {}
pub fn htake(x: H) {}
pub struct P { a: R, b: R }
impl P {
    pub fn new(a: R, b: R) -> P { P { a, b } }
    pub fn a(&self) -> &R { &self.a }
    pub fn b(&self) -> &R { &self.b }
}
pub fn ptake(x: P) {}
pub struct V<'a> { r: &'a R }
impl<'a> V<'a> {
    pub fn new(r: &'a R) -> V<'a> { V { r } }
    pub fn peek(&self) -> i32 { self.r.v }
    pub fn get(&self) -> &R { self.r }
}
pub fn vtake(x: V) {}
pub struct W<'a> { r: &'a mut R }
impl<'a> W<'a> {
    pub fn new(r: &'a mut R) -> W<'a> { W { r } }
    pub fn peek(&self) -> i32 { self.r.v }
    pub fn bump(&mut self) { self.r.write(); }
}
pub fn wtake(x: W) {}
