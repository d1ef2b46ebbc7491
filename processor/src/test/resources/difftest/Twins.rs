#![allow(unused)]






























































fn f0(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut r1 = &ho.s;
    let mut h2 = H::new();
}

fn f1(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut r0 = &hq.s;
    take(ho.t);
    std::thread::spawn(move || { p.write(); });
}

fn f2(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    match num() {
        0 => {
            while cond() {
                'l1: while cond() {
                    let mut r2 = p.me();
                }
            }
            let mut a3 = ho.s;
        }
        _ => {
            a0.read();
            take(a0);
        }
    }
    while cond() {
        let mut r4 = &ho.s;
        let mut h5 = H::new();
    }
}




fn f3<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = o;
    let mut a1 = ho.s;
    hq.s.write();
    std::thread::spawn(move || { look(&hp.s); });
    'l2: while cond() {
        take(ho.s);
        htake(ho);
        let mut r3 = &ho.t;
        a1.merge(p.me());
        let mut a4 = make();
    }
    let t5 = 't5: {
    false }; {
    } if t5 { panic!(); }
    return pick(&o);
}

fn f6(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.t); };
    let mut a1 = match num() { 0 => R::new(), _ => o };
    match num() {
        0 => {
            let mut a2 = match num() { 0 => R::new(), _ => a1 };
        }
        1 => {
        }
        _ => {
        }
    }
}




fn f7<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let t0 = 't0: {
        if cond() { break 't0 true; } hq.t = R::new();
        if cond() { break 't0 true; } q.write();
        if cond() { break 't0 true; } o.write();
        let mut a1 = o;
        if cond() { break 't0 true; } hpoke(&mut *hp);
        let mut w2 = &mut hq.s;
    false }; {
    } if t0 { panic!(); }
    return pick(&ho.s);
}

fn f8(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *hq);
    q.merge(&*p);
    let mut u0 = W::new(&mut hp.s);
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    std::thread::spawn(move || { p.write(); });
    let mut u2 = W::new(&mut hq.t);
    return *q;
}

fn f9(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut o);
    u0.peek();
    if cond() {
        poke(&mut o);
    }
}

fn f12(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut r0 = &o;
        ho.t.merge(&hq.s);
        let mut k1 = || { ho.s.write(); };
        poke(&mut o);
    }
    p.merge(&ho.t);
    let mut v2 = V::new(if cond() { &hq.s } else { &*p });
}

fn f13(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.s); };
    let mut xs1 = [R::new(), ho.t];
    look(&*p);
    let mut m2 = &*hq;
}

fn f14(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut o);
    let mut r1 = if cond() { &hp.s } else { &hp.t };
}




fn f15<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        take(o);
        let mut a0 = make();
        let mut m1 = &ho;
        let mut r2 = &hq.s;
        r2 = &*r2;
        hp.t = a0;
    }
    return ho.s.me();
}

fn f17(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut pr0 = P::new(R::new(), o);
        q.read();
        if cond() { return; }
    }
    ho.t = R::new();
    let mut w1 = &mut ho.s;
    if cond() { return; }
    let mut a2 = ho.s;
    let mut k3 = || { hp.s.write(); };
    take(ho.t);
}

fn f18(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { look(&ho.t); });
    o.write();
    let t0 = 't0: {
    false }; {
    } if t0 { panic!(); }
}

fn f19(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    let mut h1 = ho;
    match num() {
        0 => {
            let mut m2 = &*hp;
        }
        _ => {
        }
    }
}




fn f20<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = match num() { 0 => &*p, _ => &*p };
    p.merge(&*p);
    let mut k1 = || { q.write(); };
    take(ho.s);
    hpoke(&mut *hp);
    let mut r2 = p.me();
    hlook(&*hq);
    q.read();
    return &hp.s;
}

fn f21(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*q);
    let mut a0 = make();
}




fn f22<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&hp.t); };
    take(o);
    hpoke(&mut ho);
    return pick(&hp.s);
}

fn f23(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    poke(&mut ho.s);
    let mut pr0 = P::new(o, R::new());
    pr0 = P::new(o, R::new());
}

fn f24(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = R::new();
    while cond() {
        let mut r1 = &hp.t;
        poke(&mut ho.t);
    }
    return hq.s;
}

fn f26(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    let mut r0 = hq.t.me();
    take(o);
    {
    }
}

fn f27(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&o);
    let mut r0 = &hq.t;
    if cond() {
        hpoke(&mut *hp);
        let mut w1 = &mut *p;
    }
    hq.t = R::new();
    r0 = if cond() { &*p } else { &hp.t };
    let mut r2 = if cond() { &ho.s } else { &hq.s };
    let mut a3 = ho.t;
    let mut k4 = || { look(&*p); };
}

fn f28(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    take(a0);
    while cond() {
        let mut a1 = make();
        let mut v2 = V::new(if cond() { &hq.t } else { &o });
        while cond() {
            hq.t.merge(match num() { 0 => &hp.s, _ => &a0 });
        }
    }
}




fn f29<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = p.me();
    r0 = &o;
    let mut h1 = ho;
    r0.merge(&ho.s);
    let mut k2 = || { look(&ho.t); };
    return &*q;
}

fn f33(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut w0 = &mut o;
        take(hp.t);
        let mut m1 = &*hp;
        match num() {
            0 => {
                let mut a2 = make();
                let t3 = 't3: {
                    if cond() { break 't3 true; } let mut h4 = H::new();
                    if cond() { break 't3 true; } hq.t = R::new();
                    if cond() { break 't3 true; } look(&hq.s);
                false }; {
                } if t3 { panic!(); }
            }
            _ => {
            }
        }
    }
}




fn f34<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.write();
    let mut w0 = &mut hq.t;
    let mut w1 = &mut hp.s;
    return &o;
}




fn f35<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&ho.s); };
    if cond() { return if cond() { &o } else { &o }; }
    let mut h1 = ho;
    take(o);
    let mut a2 = o;
    if cond() {
        let t3 = 't3: {
        false }; {
        } if t3 { panic!(); }
    }
    return &*p;
}

fn f36(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut r0 = &hq.s;
    o.merge(pick(&*p));
    let mut k1 = || { look(&hq.t); };
}

fn f38(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut xs0 = [ho.s, R::new()];
    let mut r1 = pick(&*q);
    let mut w2 = &mut hp.t;
    let mut a3 = match num() { 0 => R::new(), _ => o };
    let t4 = 't4: {
    false }; {
    } if t4 { panic!(); }
}

fn f40(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    a0.merge(&*q);
    look(&ho.s);
    if cond() { return; }
    let mut a1 = o;
}




fn f41<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hq);
    let mut xs0 = [o, o];
    hp.t.write();
    if cond() {
    }
    return &ho.s;
}




fn f43<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        let mut a1 = R::new();
    }
    return hq.s.me();
}

fn f44(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            let mut r0 = &hp.t;
            let mut k1 = || { hq.s.write(); };
            o.write();
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f45(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut k0 = || { look(&hq.t); };
        match num() {
            0 => {
                let mut r1 = &ho.t;
                {
                    hq.s = R::new();
                    let mut a2 = ho.t;
                }
            }
            _ => {
            }
        }
    } else {
    }
}

fn f46(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { look(&*p); });
    ho.s.write();
}

fn f47(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        if cond() {
            if cond() { continue; }
            if cond() {
                let mut r0 = pick(&o);
                take(*r0);
                let mut w1 = &mut *q;
                let mut k2 = || { look(&hq.t); };
            }
            let mut k3 = || { hq.t.write(); };
            let mut a4 = R::new();
            let mut r5 = &hp.t;
        }
    }
}

fn f48(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            while cond() {
                htake(ho);
            }
        }
        1 => {
            while cond() {
                take(o);
            }
        }
        _ => {
            let t0 = 't0: {
                if cond() { break 't0 true; } take(*p); if cond() { break 't0 true; }
                if cond() { break 't0 true; } take(ho.s); if cond() { break 't0 true; }
                if cond() { break 't0 true; } hpoke(&mut *hp);
                if cond() { break 't0 true; } p.merge(&ho.s);
                let mut m1 = &ho;
            false }; {
            } if t0 { panic!(); }
        }
    }
}

fn f49(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(o);
    let mut a0 = make();
    let mut r1 = match num() { 0 => &o, _ => &*p };
    let mut a2 = R::new();
    let mut v3 = V::new(&a0);
    let mut h4 = ho;
    let mut h5 = H::new();
    take(h5.s);
    hp.t.read();
    let mut h6 = H::new();
    return *p;
}

fn f50(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut xs0 = [R::new(), R::new()];
    }
}

fn f51(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut xs0 = [R::new(), o];
        let mut k1 = || { hp.s.write(); };
    } else {
        let mut xs2 = [o, ho.s];
        look(&*p);
    }
}

fn f52(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut *p);
    take(o);
    let mut pr0 = P::new(o, R::new());
    if cond() {
        let mut r1 = &ho.s;
    } else {
        hlook(&*hp);
        htake(ho);
        let mut r2 = &*q;
        let mut h3 = H::new();
        'l4: while cond() {
        }
    }
}




fn f53<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.s.write();
    if cond() { return &hq.s; }
    take(ho.t);
    let mut r0 = if cond() { &*p } else { &hp.t };
    take(*q);
    take(o);
    'l1: while cond() {
        if cond() {
            let mut k2 = || { hp.t.write(); };
            let mut a3 = o;
        } else {
        }
    }
    return match num() { 0 => &*q, _ => &*q };
}

fn f54(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut pr0 = P::new(o, o);
    hpoke(&mut *hp);
    ptake(pr0);
    let mut r1 = pr0.a();
    let mut r2 = ho.t.me();
    look(&hq.s);
    return hp.s;
}

fn f55(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut xs0 = [ho.s, R::new()];
    let mut w1 = &mut o;
    let mut xs2 = [ho.s, ho.t];
    let mut v3 = V::new(&ho.t);
    o.write();
    hpoke(&mut *hq);
    look(&hp.s);
    std::thread::spawn(move || { p.write(); });
    if cond() {
    }
}

fn f57(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    ho.s.write();
}

fn f59(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut xs0 = [R::new(), o];
    hlook(&ho);
    let mut k1 = || { ho.s.write(); };
    ho.s.read();
    hpoke(&mut ho);
    xs0[0].write();
    let mut a2 = o;
    poke(&mut xs0[1]);
    {
        htake(*hq);
        hq.t = a2;
    }
}

fn f60(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(&hp.s);
    match num() {
        0 => {
            hp.t.read();
        }
        _ => {
            let mut k1 = || { p.write(); };
            let mut a2 = ho.t;
        }
    }
    let mut r3 = pick(&*q);
    if cond() {
        r3 = pick(&hq.s);
        if cond() {
            hp.s = ho.t;
        } else {
        }
    }
}




fn f61<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.t = R::new();
    let mut r0 = pick(&hq.s);
    hq.s.merge(&*p);
    hlook(&ho);
    let mut h1 = H::new();
    let mut h2 = H::new();
    return &o;
}

fn f62(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    let mut r0 = &*q;
    hpoke(&mut ho);
    let mut u1 = W::new(&mut *q);
    hpoke(&mut ho);
    q.read();
    hlook(&ho);
    look(&ho.s);
}

fn f64(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { p.write(); });
    let mut a0 = ho.t;
    {
    }
}

fn f66(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut k1 = || { look(&ho.s); };
    let mut w2 = &mut o;
    let mut xs3 = [ho.t, R::new()];
    std::thread::spawn(move || { take(ho.t); });
    take(ho.s);
    'l4: while cond() {
    }
}

fn f67(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    let mut h1 = ho;
    let mut m2 = &*hq;
    p.merge(&ho.s);
    h1.t.write();
    let mut r3 = &*p;
    let mut k4 = || { hq.s.write(); };
    poke(&mut hq.s);
}




fn f68<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = make();
    hp.t.merge(&a0);
    return &ho.s;
}

fn f69(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = q.me();
    if cond() {
        let t1 = 't1: {
            if cond() { break 't1 true; } ho.t = R::new();
            hq.t = o;
        false }; {
            take(o);
        } if t1 { panic!(); }
        q.merge(&o);
    }
}




fn f70<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.read();
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    poke(&mut hq.t);
    p.read();
    let mut k1 = || { look(&*p); };
    std::thread::spawn(move || { look(&hp.s); });
    return &ho.s;
}




fn f71<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    let mut m0 = &*hp;
    let mut w1 = &mut o;
    return &*p;
}




fn f72<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&hp.t); };
    let mut m1 = &*hq;
    let mut r2 = &hp.t;
    r2 = if cond() { &hp.t } else { &*r2 };
    hp.s.write();
    let mut k3 = || { look(&m1.t); };
    while cond() {
        let mut r4 = &o;
    }
    return &ho.s;
}

fn f74(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.t.write(); };
    hq.s.write();
    hpoke(&mut *hq);
    let mut m1 = &*hq;
    if cond() {
        if cond() {
            let mut r2 = if cond() { &*q } else { &hp.s };
            let mut r3 = &m1.s;
        } else {
            hq.t = R::new();
            let mut k4 = || { look(&*p); };
        }
    }
}




fn f75<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &*p } else { &ho.t };
    r0 = &hp.s;
    hq.s.merge(either(&ho.s, &*q));
    let mut h1 = H::new();
    let mut h2 = ho;
    return if cond() { &ho.t } else { &hq.s };
}

fn f77(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut k0 = || { look(&*q); };
    }
    while cond() {
    }
}




fn f79<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut v0 = V::new(&ho.t);
    v0 = V::new(v0.get());
    while cond() {
        let mut k1 = || { look(&*p); };
    }
    take(o);
    let mut m2 = &ho;
    let mut r3 = &*p;
    let mut v4 = V::new(&ho.t);
    return &*q;
}

fn f80(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    let mut m0 = &*hq;
}




fn f81<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &hq.s;
    if cond() {
        if cond() {
        } else {
        }
    } else {
    }
    return hq.t.me();
}

fn f82(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    poke(&mut *q);
    let mut w1 = &mut hp.t;
    w1.write();
    let mut u2 = W::new(&mut o);
    while cond() {
        h0.s.merge(&*w1);
    }
}

fn f84(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    hp.s = R::new();
    let mut h0 = ho;
    let mut a1 = R::new();
    let mut a2 = R::new();
    while cond() {
    }
}

fn f85(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.merge(pick(&*p));
    let mut r0 = &*p;
    let mut r1 = &*q;
    'l2: while cond() {
        p.write();
    }
}




fn f87<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.s);
    {
        let mut m0 = &*hp;
        let mut r1 = either(&hp.s, &*q);
        let mut k2 = || { look(&hq.t); };
        htake(*hq);
        look(&*r1);
    }
    return hp.s.me();
}

fn f88(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    ho.s = R::new();
}




fn f89<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.s);
    let mut xs0 = [o, o];
    take(hp.t);
    let mut k1 = || { look(&hq.t); };
    let mut r2 = &*p;
    if cond() { return hq.t.me(); }
    let mut w3 = &mut hp.t;
    hlook(&*hq);
    ho.s.merge(&*q);
    o.merge(&*r2);
    return &hp.s;
}

fn f90(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut h1 = ho;
    q.read();
    o.merge(&*p);
    while cond() {
        let mut a2 = make();
        let mut h3 = h1;
    }
}

fn f91(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    htake(ho);
    let mut m0 = &*hp;
    return *p;
}

fn f92(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    let mut m1 = &*hp;
    hlook(&*hp);
    let mut r2 = &hp.t;
    match num() {
        0 => {
            let mut a3 = ho.s;
            let mut k4 = || { q.write(); };
            let mut r5 = if cond() { &a3 } else { &m1.t };
            std::thread::spawn(move || { ho.t.write(); });
            look(&*r5);
        }
        _ => {
        }
    }
}

fn f93(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t = ho.s;
    if cond() {
        let mut m0 = &*hp;
    } else {
    }
}

fn f95(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        std::thread::spawn(move || { take(ho.s); });
        p.read();
        let mut w0 = &mut ho.t;
        o.write();
    }
    let mut h1 = ho;
    std::thread::spawn(move || { take(h1.s); });
    let mut a2 = R::new();
    'l3: while cond() {
    }
}




fn f98<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        while cond() {
            let mut h0 = H::new();
            let mut h1 = H::new();
            take(h0.t);
        }
    } else {
    }
    return hp.t.me();
}

fn f99(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut k1 = || { p.write(); };
    let t2 = 't2: {
        if cond() { break 't2 true; } take(*p); if cond() { break 't2 true; }
        if cond() { break 't2 true; } hpoke(&mut *hp);
        let mut w3 = &mut o;
        let mut w4 = &mut hp.t;
    false }; {
    } if t2 { panic!(); }
}

fn f100(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        take(*p);
        if cond() { return; }
        look(&ho.s);
        let mut pr0 = P::new(R::new(), R::new());
        match num() {
            0 => {
                ptake(pr0);
                look(pr0.a());
                let mut m1 = &*hp;
            }
            1 => {
            }
            _ => {
            }
        }
    }
}

fn f101(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    let mut m1 = &*hp;
    hlook(&*hq);
    while cond() {
        q.read();
    }
    std::thread::spawn(move || { ho.t.write(); });
}




fn f102<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&*q);
    hpoke(&mut *hp);
    'l0: while cond() {
    }
    return &o;
}

fn f103(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hp.s);
    let mut k0 = || { look(&hp.s); };
    let mut k1 = || { look(&ho.t); };
    let mut r2 = if cond() { &hq.s } else { &*p };
    let mut pr3 = P::new(ho.t, ho.s);
    look(pr3.b());
    match num() {
        0 => {
        }
        _ => {
        }
    }
}




fn f104<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut pr0 = P::new(R::new(), R::new());
    let mut u1 = W::new(&mut ho.t);
    let mut h2 = ho;
    poke(&mut hq.t);
    hlook(&ho);
    let mut h3 = h2;
    return &*q;
}




fn f106<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { look(&*p); });
    let mut a0 = R::new();
    let mut a1 = a0;
    let mut m2 = &ho;
    let mut h3 = H::new();
    poke(&mut o);
    {
        let mut a4 = a1;
    }
    return &*q;
}

fn f107(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut w0 = &mut hq.s;
        take(o);
        if cond() { return; }
        let mut w1 = &mut hp.s;
        take(o);
    } else {
        let mut a2 = make();
    }
}

fn f108(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut h0 = H::new();
    while cond() {
        if cond() {
            h0.t.merge(&ho.t);
        }
        {
            if cond() {
                take(ho.s);
            }
        }
    }
}

fn f110(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.s.write(); };
    let mut xs1 = [R::new(), ho.s];
}




fn f111<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    {
        let mut pr0 = P::new(o, ho.s);
        let mut r1 = pick(&hq.t);
        let mut r2 = &*q;
    }
    let mut a3 = ho.s;
    take(*q);
    let mut a4 = R::new();
    let mut k5 = || { ho.t.write(); };
    k5();
    let mut a6 = make();
    look(&a3);
    return &*p;
}

fn f112(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        if cond() { return; }
        let t0 = 't0: {
            if cond() { break 't0 true; } take(o); if cond() { break 't0 true; }
            if cond() { break 't0 true; } if cond() {
                if cond() { break 't0 true; } look(&o);
                if cond() { break 't0 true; } take(*p); if cond() { break 't0 true; }
                let mut h1 = ho;
            }
        false }; {
        } if t0 { panic!(); }
    }
}




fn f113<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    let mut k0 = || { hp.s.write(); };
    let mut w1 = &mut hp.t;
    hlook(&*hq);
    if cond() { return ho.s.me(); }
    hq.s = ho.s;
    if cond() { return ho.t.me(); }
    hq.s.merge(&hq.s);
    let mut a2 = make();
    let mut v3 = V::new(match num() { 0 => &*q, _ => &*w1 });
    return pick(&*q);
}

fn f114(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = o.me();
    let mut w1 = &mut *r0;
    while cond() {
        std::thread::spawn(move || { take(ho.s); });
    }
}




fn f115<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = make();
    ho.s.merge(&hq.s);
    let mut r1 = match num() { 0 => &*q, _ => &o };
    if cond() {
    } else {
    }
    return o.me();
}

fn f116(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.s;
    htake(*hp);
}

fn f117(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { look(&*p); });
    let mut r0 = &hp.t;
    hp.s.read();
    let mut xs1 = [R::new(), o];
    htake(ho);
    let mut a2 = match num() { 0 => R::new(), _ => ho.t };
    let mut xs3 = [ho.t, ho.t];
    look(&xs3[1]);
    if cond() {
        let mut u4 = W::new(&mut ho.t);
    }
}

fn f119(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    if cond() { return; }
    let mut k0 = || { look(&hp.s); };
    let mut r1 = &ho.t;
    if cond() { return; }
    std::thread::spawn(move || { look(&hp.s); });
    poke(&mut hq.t);
    let mut k2 = || { ho.t.write(); };
}




fn f120<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = pick(&ho.t);
    take(o);
    o.write();
    q.merge(o.me());
    let t1 = 't1: {
    false }; {
    } if t1 { panic!(); }
    return &hq.s;
}

fn f123(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    let mut h1 = H::new();
    let mut a2 = R::new();
    while cond() {
        let mut m3 = &*hp;
        if cond() {
            hpoke(&mut *hp);
        }
        hp.s.read();
    }
    let mut r4 = &hq.t;
    return hp.s;
}

fn f124(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    'l0: while cond() {
        let mut w1 = &mut hq.t;
    }
}

fn f126(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&*p); };
    hpoke(&mut *hp);
    take(ho.t);
    std::thread::spawn(move || { p.write(); });
    let mut r1 = &o;
    return *q;
}

fn f128(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    let mut r1 = pick(&ho.s);
    poke(&mut *q);
    look(&*p);
    {
        'l2: while cond() {
            r1.merge(&*w0);
            let mut h3 = H::new();
            let mut v4 = V::new(pick(&o));
            let mut a5 = h3.s;
        }
    }
}

fn f131(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        poke(&mut hq.s);
        let mut h0 = H::new();
        if cond() {
            let t1 = 't1: {
                if cond() { break 't1 true; } let mut r2 = pick(&h0.s);
            false }; {
                let mut r3 = pick(&ho.t);
                htake(ho);
                hq.t.read();
            } if t1 { panic!(); }
        }
    }
}




fn f133<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &o;
    hlook(&*hp);
    if cond() {
        let mut a1 = o;
        let mut a2 = ho.s;
    } else {
        let mut r3 = &hp.s;
    }
    poke(&mut ho.s);
    p.merge(&*r0);
    return if cond() { &ho.s } else { &*p };
}

fn f134(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut k1 = || { ho.t.write(); };
        'l2: while cond() {
            take(ho.t);
        }
        let mut r3 = &hq.t;
        if cond() {
            let mut r4 = &*p;
            {
                hpoke(&mut *hq);
            }
            let mut m5 = &*hq;
        }
    }
}

fn f135(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(&hq.t);
    let mut m1 = &ho;
    let mut r2 = match num() { 0 => &o, _ => &m1.s };
    hp.t.merge(&*p);
    poke(&mut hq.t);
    let mut a3 = match num() { 0 => R::new(), _ => ho.s };
    poke(&mut *q);
    std::thread::spawn(move || { look(&*p); });
    hpoke(&mut *hp);
    let mut r4 = &*r2;
    look(&a3);
}

fn f136(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    let mut r1 = hp.s.me();
    if cond() {
        r1 = &*p;
        if cond() {
            let mut r2 = if cond() { &*p } else { &o };
        } else {
        }
    }
}

fn f137(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = ho.s;
    let mut k1 = || { look(&*q); };
    q.read();
    hlook(&*hp);
    let mut a2 = R::new();
    while cond() {
        let mut r3 = &a0;
        poke(&mut *r3);
        take(*r3);
    }
    look(&a0);
    return hq.t;
}

fn f138(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut hq.s);
    o.read();
    let mut a0 = make();
    a0 = R::new();
    let mut h1 = H::new();
    let mut k2 = || { look(&h1.s); };
    let mut a3 = a0;
    ho.s = R::new();
    let mut m4 = &h1;
    return o;
}

fn f139(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.t;
    let mut m1 = &*hp;
    'l2: while cond() {
        o.read();
        while cond() {
            p.read();
        }
        let mut a3 = o;
        let mut r4 = &*w0;
    }
    std::thread::spawn(move || { take(ho.s); });
    let mut u5 = W::new(&mut *q);
    let mut a6 = match num() { 0 => R::new(), _ => ho.s };
}

fn f140(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut r1 = &hp.t;
    while cond() {
        std::thread::spawn(move || { take(h0.t); });
        let mut k2 = || { h0.s.write(); };
        let mut r3 = r1.me();
    }
    std::thread::spawn(move || { take(h0.t); });
    ho.s = R::new();
    if cond() { return; }
    if cond() {
        let mut k4 = || { look(&hq.t); };
    } else {
    }
}




fn f141<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&o);
    o.merge(&o);
    let mut u0 = W::new(&mut *q);
    take(o);
    let mut r1 = either(&hp.s, &hq.t);
    htake(ho);
    return &o;
}




fn f142<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &ho.t } else { &o };
    let mut a1 = o;
    if cond() { return &ho.s; }
    let mut h2 = H::new();
    take(o);
    let mut w3 = &mut *q;
    let mut u4 = W::new(&mut hp.s);
    let mut a5 = make();
    u4.bump();
    wtake(u4);
    return &ho.s;
}

fn f143(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    look(&o);
}

fn f145(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.read();
    let mut k0 = || { hp.s.write(); };
    if cond() { return; }
    let mut a1 = o;
}

fn f146(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return ho.s; }
    let mut m0 = &*hp;
    let mut a1 = ho.t;
    let mut a2 = R::new();
    let mut r3 = if cond() { &ho.t } else { &o };
    a1 = a1;
    {
        let mut r4 = &*p;
    }
    return hq.s;
}




fn f147<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.merge(&*q);
    hlook(&*hp);
    let mut h0 = H::new();
    let mut r1 = &*q;
    let mut r2 = &hp.t;
    poke(&mut h0.t);
    let mut r3 = h0.s.me();
    look(&*p);
    return &o;
}




fn f149<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    if cond() {
        let mut a0 = o;
    }
    let mut a1 = o;
    take(ho.s);
    look(&*p);
    return ho.s.me();
}




fn f151<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t = R::new();
    let mut k0 = || { ho.t.write(); };
    let mut a1 = R::new();
    return &hp.t;
}

fn f152(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut o);
    let mut a1 = match num() { 0 => R::new(), _ => ho.s };
    u0.bump();
    {
        q.read();
    }
}

fn f153(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    look(&*p);
    look(&o);
}




fn f154<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&hp.t); };
    let mut m1 = &*hq;
    while cond() {
    }
    return &o;
}

fn f155(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.t;
    match num() {
        0 => {
            let mut m1 = &*hp;
            let mut k2 = || { m1.t.write(); };
            if cond() {
            } else {
            }
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f157(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    match num() {
        0 => {
            if cond() {
                hq.t.write();
                let mut a0 = match num() { 0 => R::new(), _ => o };
            } else {
                let mut h1 = H::new();
                if cond() {
                }
            }
        }
        1 => {
        }
        _ => {
        }
    }
}




fn f158<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { look(&hp.t); });
    let mut u0 = W::new(&mut *q);
    u0 = W::new(&mut ho.s);
    q.merge(&*p);
    return either(&hp.s, &hq.t);
}




fn f159<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    q.read();
    hpoke(&mut *hq);
    let mut pr1 = P::new(o, a0);
    let mut w2 = &mut hp.t;
    look(pr1.a());
    pr1 = P::new(R::new(), ho.s);
    match num() {
        0 => {
            'l3: while cond() {
                look(&*w2);
            }
        }
        1 => {
        }
        _ => {
        }
    }
    return &o;
}

fn f160(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    let mut r1 = &ho.t;
    r1 = p.me();
    p.merge(&*r1);
    let mut a2 = make();
    let mut r3 = match num() { 0 => &a2, _ => &*r1 };
    if cond() {
        r3 = pick(&*r3);
        let mut h4 = H::new();
    }
}

fn f163(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hq;
    while cond() {
        let mut r1 = either(&hq.s, &*p);
        let mut r2 = &hp.t;
    }
}

fn f164(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut k1 = || { look(&hq.t); };
    while cond() {
        let mut a2 = h0.s;
    }
    return *q;
}

fn f166(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    if cond() { return; }
    std::thread::spawn(move || { ho.t.write(); });
    std::thread::spawn(move || { p.write(); });
    if cond() {
        look(&hp.t);
    } else {
    }
}

fn f167(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let t0 = 't0: {
        {
            let mut r1 = &o;
            if cond() { break 't0 true; } look(&hq.t);
            let mut m2 = &ho;
        }
        let mut w3 = &mut hq.s;
    false }; {
    } if t0 { panic!(); }
}




fn f169<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let t0 = 't0: {
        if cond() { break 't0 true; } poke(&mut *p);
    false }; {
    } if t0 { panic!(); }
    return pick(&ho.t);
}

fn f170(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s.write();
    while cond() {
        let mut r0 = &*q;
    }
    poke(&mut o);
}




fn f171<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut u0 = W::new(&mut o);
    ho.s.read();
    u0.bump();
    return &*q;
}

fn f172(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(if cond() { &*p } else { &*q });
    let mut r1 = if cond() { &*p } else { &*q };
}

fn f174(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.merge(&o);
    poke(&mut o);
    let mut h0 = ho;
    take(ho.s);
    poke(&mut hq.s);
    if cond() {
    }
}

fn f175(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { take(ho.s); });
    hpoke(&mut *hq);
    std::thread::spawn(move || { take(ho.s); });
    look(&hq.t);
    if cond() { return; }
    let mut xs0 = [R::new(), R::new()];
    take(xs0[0]);
    xs0[0].merge(&hp.t);
    look(&ho.s);
    hp.t.read();
}

fn f176(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    while cond() {
        let mut r0 = &o;
        r0 = &ho.s;
        p.read();
        std::thread::spawn(move || { look(&hp.s); });
    }
    {
    }
}

fn f177(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.read();
    let mut v0 = V::new(p.me());
    let mut w1 = &mut hp.t;
    hq.t.write();
}

fn f178(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    let mut a1 = o;
    std::thread::spawn(move || { take(ho.s); });
    std::thread::spawn(move || { p.write(); });
    let mut k2 = || { hq.s.write(); };
    let mut h3 = H::new();
    std::thread::spawn(move || { take(ho.t); });
    hp.s.merge(&a1);
    take(h3.s);
    let mut a4 = match num() { 0 => R::new(), _ => a1 };
}

fn f179(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut k0 = || { look(&ho.s); };
        k0();
        p.write();
    }
}




fn f182<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &hp.t;
    if cond() { return pick(&o); }
    let mut k1 = || { q.write(); };
    look(&*r0);
    let mut a2 = R::new();
    return &hp.s;
}

fn f183(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&ho.s, &*p);
    if cond() { return; }
    if cond() {
        let mut m1 = &*hq;
        r0 = &hq.s;
    } else {
        htake(ho);
    }
    look(&hq.s);
    let mut a2 = o;
    let mut u3 = W::new(&mut hp.t);
    take(ho.s);
}

fn f184(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = if cond() { &*p } else { &hp.s };
    let mut v1 = V::new(&o);
    let mut r2 = v1.get();
    if cond() {
        {
            if cond() { return; }
            let mut w3 = &mut *q;
            let mut h4 = H::new();
            r2.read();
            hq.t.write();
        }
    }
}

fn f186(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.read();
    q.write();
    let mut v0 = V::new(&hq.t);
    ho.t.write();
    while cond() {
        hp.t.write();
    }
}

fn f187(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut xs0 = [R::new(), R::new()];
}




fn f188<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { hq.s.write(); };
    let mut w1 = &mut hq.s;
    if cond() {
        let mut pr2 = P::new(ho.t, R::new());
        let mut r3 = pr2.b();
        while cond() {
            ptake(pr2);
        }
        hq.s = R::new();
        k0();
    } else {
    }
    return hp.t.me();
}

fn f189(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    if cond() { return; }
    let mut r1 = &h0.t;
    let mut k2 = || { h0.t.write(); };
    let mut r3 = &*r1;
}

fn f190(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(hq.t.me());
    hq.t.merge(&ho.t);
}

fn f191(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    while cond() {
        let mut a1 = R::new();
    }
    o.read();
    let mut r2 = &m0.s;
    let mut k3 = || { ho.s.write(); };
    let mut k4 = || { look(&ho.s); };
    match num() {
        0 => {
            if cond() {
                while cond() {
                    hp.s = R::new();
                }
            }
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f193(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut r1 = match num() { 0 => &o, _ => &hp.s };
    let mut h2 = ho;
    htake(ho);
}

fn f194(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            hpoke(&mut ho);
        }
        _ => {
            let mut w0 = &mut *q;
        }
    }
    'l1: while cond() {
        std::thread::spawn(move || { ho.s.write(); });
        let mut m2 = &*hq;
    }
    let mut r3 = &*q;
    let mut v4 = V::new(hp.s.me());
    let mut h5 = ho;
    while cond() {
    }
}




fn f195<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.merge(&o);
    if cond() { return &hp.s; }
    return &o;
}




fn f198<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &*p;
    hlook(&*hp);
    let mut h1 = H::new();
    let mut a2 = h1.t;
    h1.s.merge(&*p);
    let mut u3 = W::new(&mut a2);
    let mut k4 = || { look(&hq.s); };
    while cond() {
        let mut k5 = || { look(&*q); };
    }
    hlook(&*hq);
    u3.peek();
    return &hq.t;
}

fn f199(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.t.write(); };
    let mut r1 = if cond() { &o } else { &hq.s };
    let t2 = 't2: {
        let mut r3 = &hp.t;
    false }; {
        let mut r4 = if cond() { &*r1 } else { &ho.t };
    } if t2 { panic!(); }
    while cond() {
        hq.t.merge(&*r1);
        let mut r5 = &hq.s;
    }
}

fn f200(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut *q);
    let mut pr1 = P::new(o, o);
    ptake(pr1);
    if cond() { return; }
    let t2 = 't2: {
        if cond() { break 't2 true; } hq.t.merge(if cond() { &*p } else { &*q });
        if cond() { break 't2 true; } hlook(&*hq);
        if cond() { break 't2 true; } let mut r3 = o.me();
        if cond() { break 't2 true; } htake(ho); if cond() { break 't2 true; }
        if cond() { break 't2 true; } ho.s.read();
        if cond() { break 't2 true; } look(&*q);
    false }; {
    } if t2 { panic!(); }
}




fn f201<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        let mut v0 = V::new(either(&hp.t, &*p));
        std::thread::spawn(move || { look(&*p); });
    }
    let mut a1 = R::new();
    let mut a2 = make();
    return &ho.s;
}

fn f202(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut *q;
    let mut k1 = || { look(&*p); };
    w0.merge(&ho.t);
    let mut r2 = &ho.s;
    return o;
}




fn f203<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &*hq;
    let mut k1 = || { look(&hq.t); };
    return &ho.s;
}




fn f204<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    let mut w0 = &mut hp.t;
    hp.t.write();
    let t1 = 't1: {
        if cond() { break 't1 true; } let mut a2 = match num() { 0 => R::new(), _ => o };
        let mut m3 = &*hp;
    false }; {
    } if t1 { panic!(); }
    return &hp.t;
}

fn f205(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut w1 = &mut ho.s;
    }
    let mut h2 = H::new();
    while cond() {
        let mut u3 = W::new(&mut h2.t);
        q.read();
        u3.bump();
        hlook(&*hq);
    }
    if cond() {
    } else {
    }
}

fn f206(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => ho.t };
    let mut a1 = R::new();
    let mut a2 = R::new();
    if cond() {
        let mut r3 = &hq.s;
        r3.read();
        let mut a4 = make();
        let mut h5 = ho;
        look(&a0);
    } else {
        p.read();
        let mut m6 = &*hq;
    }
}

fn f207(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut h1 = H::new();
    h1.t.write();
    if cond() {
        let mut r2 = &*q;
        if cond() {
            take(*r2);
        } else {
            let mut w3 = &mut a0;
            let mut w4 = &mut *q;
        }
    }
}




fn f208<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        let t0 = 't0: {
            if cond() { break 't0 true; } if cond() {
                if cond() { break 't0 true; } hq.s.read();
                if cond() { break 't0 true; } let mut a1 = R::new();
            }
        false }; {
        } if t0 { panic!(); }
    }
    return if cond() { &*p } else { &o };
}

fn f209(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.s;
    let t1 = 't1: {
    false }; {
    } if t1 { panic!(); }
}

fn f211(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(R::new(), o);
    ptake(pr0);
    let mut r1 = &*p;
    let t2 = 't2: {
        if cond() { break 't2 true; } hq.t = R::new();
    false }; {
        if cond() {
            take(*r1);
            hpoke(&mut *hq);
            hq.t = R::new();
            let mut m3 = &*hq;
        }
    } if t2 { panic!(); }
}

fn f212(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*q);
    if cond() { return; }
    let mut k0 = || { hp.t.write(); };
    let mut a1 = ho.t;
    let mut k2 = || { look(&hq.t); };
    if cond() {
        poke(&mut ho.s);
    } else {
    }
}

fn f214(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let t0 = 't0: {
        if cond() { break 't0 true; } look(&ho.s);
        if cond() { break 't0 true; } hlook(&*hp);
        {
            if cond() { break 't0 true; } take(*q); if cond() { break 't0 true; }
            if cond() { break 't0 true; } let mut r1 = pick(&hq.t);
            let mut r2 = &ho.s;
            if cond() { break 't0 true; } hp.s.write();
        }
        if cond() { break 't0 true; } let mut r3 = match num() { 0 => &hp.s, _ => &hp.s };
        if cond() { break 't0 true; } htake(ho); if cond() { break 't0 true; }
    false }; {
    } if t0 { panic!(); }
}




fn f215<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut h1 = H::new();
    let mut a2 = match num() { 0 => R::new(), _ => ho.t };
    poke(&mut o);
    let mut r3 = if cond() { &hp.s } else { &hq.s };
    let t4 = 't4: {
        if cond() { break 't4 true; } o.read();
        if cond() { break 't4 true; } take(h1.s); if cond() { break 't4 true; }
        let mut a5 = h1.t;
    false }; {
        {
            take(h0.s);
        }
    } if t4 { panic!(); }
    return &*q;
}




fn f216<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut ho.s);
    let mut a0 = ho.s;
    let mut a1 = R::new();
    if cond() { return &*p; }
    return q.me();
}

fn f217(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hq.s);
    poke(&mut o);
    let mut w0 = &mut *q;
    let mut a1 = ho.s;
    let mut r2 = pick(&hp.t);
    look(&*r2);
    r2.write();
}

fn f219(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hq.s);
    let mut r1 = &o;
    let mut u2 = W::new(&mut hp.s);
    'l3: while cond() {
        u2.bump();
        hq.t.merge(match num() { 0 => &*r0, _ => &*r0 });
        let mut m4 = &ho;
    }
}

fn f222(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    take(hq.t);
    let mut u1 = W::new(&mut *q);
    let mut r2 = &hq.t;
    hlook(&*hq);
    u1.bump();
    let mut w3 = &mut hq.s;
    let mut w4 = &mut hq.t;
    htake(*hq);
    while cond() {
        let mut m5 = &*hq;
    }
}




fn f224<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(*p);
    let mut a0 = match num() { 0 => R::new(), _ => ho.s };
    poke(&mut o);
    o.merge(&*q);
    look(&hp.t);
    {
        let mut r1 = &hp.t;
        let mut k2 = || { look(&hq.t); };
    }
    return p.me();
}

fn f225(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    let mut m0 = &*hp;
    let mut m1 = &ho;
    look(&*q);
    let mut r2 = if cond() { &hp.s } else { &hp.t };
    {
        {
        }
    }
}

fn f226(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    let mut r1 = &hq.t;
    if cond() {
        take(ho.t);
        let mut r2 = either(&hp.s, &*p);
        while cond() {
            ho.t = o;
        }
    }
}

fn f227(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    take(o);
    poke(&mut hp.s);
}

fn f228(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.s);
    htake(ho);
    take(ho.t);
    let mut a0 = R::new();
    let mut a1 = o;
    let mut h2 = H::new();
}

fn f229(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hp.t);
    'l0: while cond() {
        let mut a1 = make();
        hpoke(&mut *hq);
    }
}

fn f230(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&*p); };
    hq.s = R::new();
    let mut u1 = W::new(&mut *q);
    return ho.t;
}




fn f231<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        let mut v1 = V::new(pick(&ho.s));
        {
            take(o);
            let mut xs2 = [R::new(), R::new()];
        }
    }
    return hp.s.me();
}

fn f232(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.write();
    if cond() { return; }
    let mut r0 = pick(&hp.t);
    r0 = &ho.t;
    let mut h1 = H::new();
    let mut k2 = || { hq.t.write(); };
    let mut w3 = &mut hp.s;
    if cond() { return; }
    while cond() {
        let t4 = 't4: {
            if cond() { break 't4 true; } q.merge(either(&hq.t, &o));
        false }; {
        } if t4 { panic!(); }
    }
}




fn f234<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    let mut h1 = ho;
    h1.t.merge(&*p);
    look(&hq.s);
    let mut k2 = || { p.write(); };
    let mut r3 = h1.s.me();
    take(*p);
    if cond() { return &hq.t; }
    std::thread::spawn(move || { take(h1.t); });
    return &*p;
}

fn f235(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    hq.s = R::new();
    match num() {
        0 => {
            let mut u1 = W::new(&mut o);
        }
        _ => {
            ho.t = R::new();
        }
    }
    return *q;
}

fn f236(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = ho;
    look(&hq.t);
    let mut u1 = W::new(&mut o);
    take(ho.s);
    return *p;
}




fn f237<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(o);
    ho.t.merge(&hq.t);
    let mut xs0 = [R::new(), R::new()];
    hpoke(&mut ho);
    while cond() {
        let mut a1 = o;
        let mut a2 = R::new();
        let mut w3 = &mut o;
    }
    return &*p;
}

fn f239(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        if cond() {
        }
    }
}




fn f240<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.s;
    while cond() {
        std::thread::spawn(move || { take(ho.t); });
        ho.t.merge(&*q);
    }
    let mut r1 = &*p;
    return &hq.s;
}




fn f241<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    if cond() {
    } else {
    }
    return &ho.s;
}

fn f242(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut a0 = o;
        let mut r1 = either(&a0, &hp.t);
        o.merge(&a0);
        while cond() {
            match num() {
                0 => {
                    let mut r2 = &a0;
                    hq.t.merge(r2.me());
                }
                1 => {
                }
                _ => {
                }
            }
        }
    }
}

fn f243(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut h1 = H::new();
}

fn f247(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        while cond() {
            let mut a0 = ho.s;
            let mut r1 = &hq.t;
            poke(&mut *q);
        }
        ho.t.read();
        hq.t = R::new();
        let mut r2 = pick(&hq.t);
    } else {
    }
    return *q;
}




fn f248<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &ho.t;
    let mut u1 = W::new(&mut hq.t);
    std::thread::spawn(move || { take(ho.t); });
    u1.bump();
    o = R::new();
    let mut a2 = make();
    r0 = &a2;
    r0 = pick(&a2);
    r0 = &hp.s;
    return pick(&*q);
}




fn f249<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    match num() {
        0 => {
            look(&*p);
            let mut w0 = &mut hp.t;
            poke(&mut hp.t);
            let mut v1 = V::new(&hp.s);
            {
                let mut pr2 = P::new(R::new(), R::new());
                w0 = &mut ho.t;
            }
        }
        _ => {
        }
    }
    return ho.t.me();
}

fn f250(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut a0 = o;
    let mut r1 = hq.s.me();
    let mut a2 = make();
}

fn f253(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut v1 = V::new(&*q);
    if cond() {
        std::thread::spawn(move || { look(&*p); });
        hpoke(&mut *hq);
        let mut r2 = hq.t.me();
    } else {
    }
}

fn f254(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        ho.s = o;
        std::thread::spawn(move || { look(&ho.s); });
        let mut w0 = &mut *p;
        w0 = &mut hp.t;
    }
    hq.t = ho.s;
    o.merge(pick(&ho.s));
    let mut r1 = match num() { 0 => &o, _ => &*p };
    let mut h2 = H::new();
}

fn f255(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hq.t);
    if cond() { return; }
    ho.t = ho.s;
    let mut k1 = || { look(&ho.t); };
    look(&*r0);
    let mut r2 = r0.me();
    q.write();
    let mut u3 = W::new(&mut hp.s);
}

fn f256(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.write();
    let mut u0 = W::new(&mut hp.t);
    htake(*hp);
    match num() {
        0 => {
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f257(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    'l1: while cond() {
    }
}




fn f258<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &*q;
    let mut a1 = o;
    std::thread::spawn(move || { look(&hp.s); });
    'l2: while cond() {
        r0.merge(match num() { 0 => &o, _ => &hp.t });
        let mut w3 = &mut hp.s;
        let mut h4 = ho;
        let mut k5 = || { ho.t.write(); };
    }
    r0 = if cond() { &a1 } else { &ho.t };
    return pick(&hp.t);
}

fn f259(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hq);
    let mut r0 = pick(&hq.t);
    let mut k1 = || { look(&ho.t); };
    let mut r2 = if cond() { &o } else { &o };
    hlook(&*hp);
    let mut h3 = H::new();
    take(*r0);
    let mut a4 = R::new();
    let mut w5 = &mut o;
    std::thread::spawn(move || { take(h3.s); });
}

fn f260(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    p.write();
    let mut v0 = V::new(pick(&*p));
    if cond() {
        let mut u1 = W::new(&mut *q);
        take(o);
        hpoke(&mut *hq);
    }
    take(ho.t);
    hq.s = ho.s;
    return ho.t;
}

fn f261(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    take(ho.s);
    if cond() { return; }
    'l0: while cond() {
        if cond() {
            let mut pr1 = P::new(ho.t, o);
        } else {
            let mut r2 = &hp.t;
        }
        let mut xs3 = [R::new(), ho.t];
        let mut r4 = &*p;
        p.write();
    }
}




fn f262<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        take(hq.s);
        take(ho.s);
        while cond() {
            htake(ho);
        }
    }
    let mut u0 = W::new(&mut hp.s);
    if cond() {
    }
    return p.me();
}

fn f266(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    let mut r1 = o.me();
    hq.t.merge(match num() { 0 => &*q, _ => &hp.s });
    let mut a2 = ho.t;
}

fn f267(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            let mut r0 = &*p;
            let mut a1 = o;
            q.write();
        }
        1 => {
            {
                let mut k2 = || { look(&hp.t); };
                match num() {
                    0 => {
                        std::thread::spawn(move || { take(ho.t); });
                    }
                    1 => {
                        let mut r3 = &ho.t;
                        let mut r4 = &o;
                        look(&hq.s);
                    }
                    _ => {
                    }
                }
            }
        }
        _ => {
        }
    }
}




fn f268<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.merge(&hq.s);
    let mut r0 = ho.s.me();
    return &ho.s;
}

fn f269(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    htake(*hp);
}

fn f270(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut xs0 = [o, ho.t];
    while cond() {
        let mut a1 = make();
        take(o);
        let mut r2 = &o;
    }
    let mut xs3 = [R::new(), ho.t];
    return hq.s;
}

fn f272(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&*p, &hp.s);
    let mut r1 = &*q;
    ho.t.merge(&hq.t);
    take(o);
    if cond() { return; }
    while cond() {
        let mut h2 = ho;
        poke(&mut hq.t);
        let mut h3 = ho;
        let mut k4 = || { h2.s.write(); };
    }
}

fn f274(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hq.s);
    let mut w1 = &mut o;
    let mut k2 = || { look(&*q); };
    take(o);
    std::thread::spawn(move || { look(&ho.s); });
}

fn f276(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut pr0 = P::new(R::new(), o);
    let mut m1 = &*hq;
    return *q;
}

fn f277(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.t;
    let mut h1 = H::new();
    let mut r2 = either(&hp.s, &*p);
    let mut r3 = &ho.t;
    let mut pr4 = P::new(h1.t, R::new());
}

fn f278(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    match num() {
        0 => {
            let mut k1 = || { look(&ho.s); };
            let mut k2 = || { look(&*q); };
        }
        _ => {
            while cond() {
                match num() {
                    0 => {
                        let mut r3 = pick(&*r0);
                        let mut h4 = H::new();
                    }
                    1 => {
                        let mut a5 = match num() { 0 => R::new(), _ => ho.t };
                    }
                    _ => {
                    }
                }
            }
        }
    }
}

fn f279(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.merge(&*p);
    let mut k0 = || { ho.t.write(); };
    while cond() {
        while cond() {
            take(o);
            let mut m1 = &*hp;
            let mut u2 = W::new(&mut o);
        }
    }
}

fn f280(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut a1 = R::new();
}




fn f281<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = R::new();
    let mut h0 = H::new();
    return &o;
}

fn f283(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut r1 = &o;
    if cond() {
        let mut v2 = V::new(&hp.t);
        if cond() {
            let mut r3 = &*q;
        } else {
        }
    } else {
    }
}

fn f284(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.s.write(); };
    take(o);
    let mut m1 = &*hq;
    hlook(&ho);
    if cond() {
        ho.t.read();
        htake(ho);
        ho.s.merge(&*q);
        std::thread::spawn(move || { look(&*p); });
        if cond() { return; }
        if cond() {
        } else {
        }
    }
}

fn f285(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            let mut m0 = &*hq;
            hlook(&*m0);
        }
        _ => {
            let mut r1 = &*p;
            if cond() {
                let mut h2 = H::new();
            } else {
                let mut h3 = H::new();
                q.merge(&*r1);
            }
        }
    }
}

fn f286(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        'l0: while cond() {
            ho.s.write();
            while cond() {
                let mut a1 = ho.s;
                let mut r2 = pick(&*q);
                r2 = hq.s.me();
            }
        }
    }
}

fn f288(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    hp.t.write();
    htake(*hp);
}

fn f289(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(hp.s);
    take(ho.t);
    look(&hq.s);
    take(ho.s);
    std::thread::spawn(move || { look(&ho.s); });
}

fn f291(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*p);
    poke(&mut hq.t);
    htake(*hp);
}

fn f293(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut o;
    poke(&mut *w0);
    let mut a1 = o;
    w0 = &mut hp.s;
    let mut r2 = &o;
    w0 = &mut ho.s;
    let mut m3 = &*hp;
    take(o);
    r2 = &*q;
    if cond() {
        let mut m4 = &ho;
    }
}




fn f294<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.t;
    let mut u1 = W::new(&mut o);
    let t2 = 't2: {
    false }; {
    } if t2 { panic!(); }
    return &hq.s;
}

fn f295(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    if cond() {
        let mut h1 = H::new();
    } else {
        let mut r2 = o.me();
    }
    poke(&mut hq.t);
    take(*p);
    let mut r3 = pick(&*p);
    poke(&mut hp.s);
    {
    }
}




fn f296<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut v0 = V::new(match num() { 0 => &ho.s, _ => &hp.t });
    let t1 = 't1: {
    false }; {
    } if t1 { panic!(); }
    return &*p;
}




fn f297<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut pr0 = P::new(R::new(), R::new());
    poke(&mut o);
    pr0.a().read();
    if cond() {
        hp.s.read();
        let mut r1 = p.me();
        ho.t = R::new();
        q.write();
        let mut pr2 = P::new(R::new(), o);
        hp.s.merge(&o);
    } else {
    }
    return pick(&hp.s);
}

fn f298(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.t.write(); };
    if cond() {
        let mut a1 = o;
        let mut k2 = || { look(&hp.t); };
        let t3 = 't3: {
            if cond() { break 't3 true; } poke(&mut hp.t);
            let mut m4 = &*hp;
            let mut r5 = &m4.s;
            let mut m6 = &*hp;
        false }; {
        } if t3 { panic!(); }
    } else {
    }
}

fn f299(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut r1 = &o;
    let mut h2 = H::new();
    h2.t = ho.t;
    let mut v3 = V::new(if cond() { &*r0 } else { &*p });
}

fn f300(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut a1 = a0;
    let mut w2 = &mut a0;
    look(&a0);
    take(a0);
    w2.merge(&a1);
    hlook(&*hq);
}

fn f301(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.t); };
    let mut k1 = || { look(&hp.s); };
    let mut r2 = &*q;
    std::thread::spawn(move || { take(ho.s); });
    let mut w3 = &mut *p;
    let mut r4 = &hp.t;
}

fn f302(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut r0 = &ho.s;
    }
}

fn f303(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&ho.s);
    std::thread::spawn(move || { look(&hp.t); });
}

fn f304(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.write();
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut h1 = H::new();
    if cond() {
        let mut h2 = ho;
        poke(&mut *q);
        let mut r3 = &*p;
    } else {
    }
}

fn f305(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut ho.s);
    if cond() {
        u0.bump();
        while cond() {
            if cond() {
                look(&hq.s);
            } else {
                u0.peek();
                q.merge(&hp.t);
                take(o);
            }
        }
    } else {
    }
}

fn f306(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    let mut w1 = &mut *r0;
    look(&*q);
    let mut w2 = &mut o;
    htake(*hp);
}

fn f307(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut u1 = W::new(&mut ho.s);
    match num() {
        0 => {
            let t2 = 't2: {
                if cond() { break 't2 true; } poke(&mut ho.t);
            false }; {
            } if t2 { panic!(); }
        }
        _ => {
        }
    }
}

fn f310(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        {
            match num() {
                0 => {
                }
                1 => {
                }
                _ => {
                }
            }
        }
    } else {
    }
}




fn f312<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return &hq.t; }
    std::thread::spawn(move || { look(&hp.t); });
    if cond() {
        let mut r0 = pick(&*q);
    } else {
    }
    return &*q;
}

fn f313(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    let mut w0 = &mut *q;
    take(o);
    let mut r1 = &ho.s;
    if cond() { return; }
    o.read();
    {
        let mut a2 = make();
    }
}

fn f314(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut r0 = either(&hq.s, &*p);
        take(o);
        let mut k1 = || { hp.s.write(); };
        let mut w2 = &mut hp.t;
    }
    look(&hq.s);
    let mut w3 = &mut ho.t;
}

fn f315(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    take(ho.t);
    let mut m0 = &*hq;
    if cond() { return; }
    let mut r1 = hq.t.me();
    let mut a2 = R::new();
}

fn f316(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut r0 = if cond() { &o } else { &hq.t };
        std::thread::spawn(move || { look(&ho.t); });
        r0 = &*p;
        let mut a1 = R::new();
    }
}

fn f317(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        hp.t.write();
    }
    let mut r0 = either(&o, &*q);
    'l1: while cond() {
        o.read();
        take(ho.t);
        p.read();
        let mut r2 = &o;
        let mut k3 = || { look(&*q); };
        look(&*q);
        let mut r4 = hp.s.me();
    }
}

fn f318(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        hq.s = o;
        let mut h0 = H::new();
        hq.s.read();
        let mut r1 = ho.t.me();
    }
}

fn f319(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hq.t);
    while cond() {
        let mut r1 = match num() { 0 => &o, _ => &*p };
    }
    while cond() {
        let mut v2 = V::new(&*r0);
        look(&*q);
        'l3: while cond() {
            let mut h4 = ho;
        }
    }
    while cond() {
        let mut r5 = r0.me();
    }
}

fn f320(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*p); };
    take(o);
    let mut r1 = match num() { 0 => &*q, _ => &ho.t };
    let mut m2 = &*hp;
    o.read();
    take(ho.t);
}

fn f321(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let t1 = 't1: {
    false }; {
    } if t1 { panic!(); }
}




fn f322<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.write();
    if cond() {
    } else {
    }
    return &hp.s;
}




fn f323<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&*q);
    o.merge(&hp.s);
    poke(&mut *q);
    let mut a0 = ho.s;
    std::thread::spawn(move || { take(ho.s); });
    q.merge(&o);
    hlook(&ho);
    let mut r1 = &hp.t;
    r1 = &o;
    o.read();
    return &hq.s;
}




fn f324<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hp);
    hq.s = ho.s;
    let mut k0 = || { look(&*q); };
    let mut a1 = make();
    if cond() {
        let mut w2 = &mut ho.t;
    }
    let mut a3 = R::new();
    take(a3);
    let mut r4 = &*q;
    std::thread::spawn(move || { p.write(); });
    look(&a1);
    return either(&*q, &hq.t);
}

fn f325(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.t); };
    let mut r1 = &*p;
}

fn f328(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut hq.t);
    std::thread::spawn(move || { look(&ho.t); });
    {
        let mut h1 = ho;
        let mut a2 = h1.t;
    }
    hp.s = R::new();
}




fn f329<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut xs0 = [o, R::new()];
    let mut m1 = &*hp;
    let mut a2 = o;
    let mut m3 = &*m1;
    let mut h4 = ho;
    o.write();
    return match num() { 0 => &ho.t, _ => &hp.s };
}

fn f330(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    if cond() { return; }
}




fn f331<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    let mut r0 = &hp.t;
    let mut m1 = &*hp;
    take(ho.s);
    r0.read();
    let mut w2 = &mut ho.t;
    let mut r3 = &hq.s;
    let mut k4 = || { p.write(); };
    let mut r5 = &*q;
    return &hp.t;
}

fn f332(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hp.t);
    let mut xs0 = [o, ho.t];
    xs0[0].read();
    ho.t = R::new();
    xs0[0] = R::new();
    look(&xs0[0]);
    q.read();
    poke(&mut xs0[0]);
    hlook(&ho);
}

fn f336(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut r0 = if cond() { &ho.t } else { &*q };
        look(&hp.t);
        match num() {
            0 => {
                'l1: while cond() {
                    let mut a2 = o;
                    a2.merge(&o);
                    hq.s = R::new();
                    let mut w3 = &mut *q;
                }
                let mut k4 = || { look(&hp.s); };
                let t5 = 't5: {
                false }; {
                } if t5 { panic!(); }
            }
            _ => {
            }
        }
    }
}

fn f337(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&*p); };
    if cond() { return o; }
    let t1 = 't1: {
        if cond() { break 't1 true; } let mut a2 = match num() { 0 => R::new(), _ => ho.t };
        if cond() { break 't1 true; } let mut r3 = if cond() { &o } else { &*q };
        if cond() { break 't1 true; } let mut a4 = R::new();
    false }; {
        poke(&mut hq.s);
        poke(&mut hq.s);
    } if t1 { panic!(); }
    take(o);
    poke(&mut o);
    return *q;
}

fn f341(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut k1 = || { look(&ho.t); };
    if cond() {
        poke(&mut o);
        look(&*p);
    } else {
    }
}

fn f342(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut pr1 = P::new(ho.s, o);
    let mut r2 = pr1.a();
    pr1 = P::new(h0.s, o);
}

fn f343(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hp.t.write(); };
    let mut u1 = W::new(&mut *q);
    if cond() { return; }
    u1.peek();
    q.merge(hq.s.me());
    poke(&mut *q);
    let mut r2 = &*q;
    let mut r3 = pick(&ho.s);
    take(*q);
    k0();
}




fn f344<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    std::thread::spawn(move || { take(ho.s); });
    let mut r0 = &*q;
    p.read();
    while cond() {
        ho.s.read();
    }
    r0 = &hp.t;
    hq.s = R::new();
    std::thread::spawn(move || { look(&ho.t); });
    'l1: while cond() {
        while cond() {
        }
    }
    return &*q;
}




fn f345<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut *q);
    poke(&mut *q);
    hq.s.read();
    let mut r0 = &*p;
    return pick(&*p);
}

fn f347(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    if cond() { return; }
    let mut h1 = ho;
}




fn f349<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &hq.s;
    let mut v1 = V::new(&o);
    p.merge(&*q);
    r0 = &hq.s;
    let mut v2 = V::new(v1.get());
    let mut k3 = || { look(&*q); };
    let mut r4 = &*p;
    r0.write();
    look(&hq.s);
    while cond() {
        k3();
    }
    return if cond() { &ho.t } else { &hp.t };
}

fn f350(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.read();
    let mut r0 = &hq.s;
    htake(*hp);
    let mut h1 = ho;
}

fn f351(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.merge(&hq.s);
    let mut xs0 = [ho.t, R::new()];
    let mut a1 = R::new();
    hpoke(&mut *hq);
    hq.s.read();
    if cond() {
        xs0[1] = R::new();
        let t2 = 't2: {
            if cond() { break 't2 true; } if cond() {
                if cond() { break 't2 true; } let mut a3 = match num() { 0 => R::new(), _ => a1 };
                if cond() { break 't2 true; } let mut a4 = make();
            } else {
            }
        false }; {
        } if t2 { panic!(); }
    }
}

fn f353(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(*p);
    let mut h0 = H::new();
    hp.s.merge(&h0.t);
    ho.t.write();
    let mut a1 = match num() { 0 => R::new(), _ => o };
    let mut a2 = make();
    if cond() { return hp.t; }
    match num() {
        0 => {
            let mut u3 = W::new(&mut *p);
            let mut h4 = ho;
        }
        _ => {
        }
    }
    return *q;
}

fn f355(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        match num() {
            0 => {
                let mut pr1 = P::new(R::new(), ho.s);
                let mut m2 = &*hq;
                pr1.a().read();
                let mut m3 = &*hq;
            }
            _ => {
                let mut w4 = &mut hq.t;
                hq.t = o;
                let mut xs5 = [ho.s, ho.s];
                let mut k6 = || { look(&ho.t); };
            }
        }
    }
}

fn f356(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(ho.t, R::new());
    let mut w1 = &mut ho.s;
    std::thread::spawn(move || { take(ho.t); });
    if cond() { return; }
    let mut r2 = match num() { 0 => &ho.t, _ => &*q };
    let mut a3 = o;
    w1 = &mut *q;
    look(&hp.s);
    pr0.a().read();
    ptake(pr0);
}

fn f357(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return ho.t; }
    let mut a0 = make();
    hq.s = R::new();
    hlook(&ho);
    a0.write();
    o.merge(&a0);
    take(ho.s);
    let mut r1 = &*q;
    hp.t = R::new();
    return *q;
}

fn f358(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    if cond() {
        take(*q);
        let mut k0 = || { look(&*p); };
        while cond() {
            'l1: while cond() {
                let mut m2 = &*hq;
            }
            hq.t = o;
            if cond() {
                let mut r3 = &hq.t;
                hpoke(&mut ho);
            }
        }
    } else {
    }
}




fn f361<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.read();
    let mut r0 = &*q;
    take(o);
    let mut r1 = &hp.s;
    r0.write();
    o.read();
    return if cond() { &hp.t } else { &*q };
}

fn f362(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut h1 = H::new();
    let mut r2 = if cond() { &hq.s } else { &a0 };
    {
        hp.s.merge(&hp.t);
        if cond() {
            if cond() {
                look(&hq.s);
            }
        }
    }
}




fn f363<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&*q);
    let mut a0 = R::new();
    htake(ho);
    let mut h1 = H::new();
    ho.t.write();
    poke(&mut ho.t);
    return &hq.t;
}

fn f364(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    take(o);
    let mut r0 = &*p;
    if cond() { return; }
    std::thread::spawn(move || { take(ho.t); });
    let mut r1 = &*r0;
    poke(&mut *r1);
    let mut r2 = &hq.s;
    r1 = &hp.t;
    ho.s = R::new();
    let mut a3 = R::new();
}

fn f365(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *hp);
    hq.s.read();
    let t0 = 't0: {
        if cond() { break 't0 true; } hlook(&ho);
    false }; {
        o.read();
        poke(&mut *q);
    } if t0 { panic!(); }
    return *p;
}




fn f366<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut h0 = ho;
        let mut pr1 = P::new(R::new(), h0.t);
        poke(&mut o);
        let mut k2 = || { p.write(); };
        htake(ho);
        let mut k3 = || { q.write(); };
        let t4 = 't4: {
            if cond() { break 't4 true; } poke(&mut *q);
            let mut h5 = h0;
            if cond() { break 't4 true; } o.merge(&*q);
        false }; {
        } if t4 { panic!(); }
    }
    return if cond() { &ho.s } else { &o };
}

fn f367(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    if cond() {
        if cond() {
            let mut v1 = V::new(if cond() { &*p } else { &*p });
            if cond() { return; }
            hlook(&ho);
            if cond() {
                vtake(v1);
                v1.peek();
            } else {
            }
        }
    } else {
    }
}

fn f370(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    while cond() {
        let mut r0 = pick(&hq.t);
        hpoke(&mut ho);
        hlook(&ho);
        let mut h1 = ho;
    }
}




fn f373<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&*p);
    let mut w0 = &mut ho.t;
    let t1 = 't1: {
        if cond() { break 't1 true; } let mut a2 = make();
        if cond() { break 't1 true; } let mut a3 = make();
        if cond() { break 't1 true; } let mut a4 = R::new();
        let mut r5 = &*w0;
        if cond() { break 't1 true; } p.read();
    false }; {
        let mut h6 = H::new();
        take(ho.s);
        {
        }
    } if t1 { panic!(); }
    return either(&o, &*q);
}

fn f374(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    let mut r1 = &*q;
    take(*q);
    let mut r2 = if cond() { &hp.s } else { &*r0 };
    htake(ho);
    let mut r3 = &*r2;
    let mut w4 = &mut hp.s;
    if cond() {
        if cond() { return; }
    }
}

fn f375(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    if cond() {
        let mut k1 = || { hp.s.write(); };
        let mut r2 = either(&hp.t, &*q);
        let mut v3 = V::new(pick(&hp.s));
        let mut u4 = W::new(&mut h0.s);
        h0.t = R::new();
        hpoke(&mut h0);
    }
}

fn f377(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        hpoke(&mut ho);
        o = ho.s;
    }
}

fn f378(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = ho.t;
    let mut w0 = &mut *q;
    std::thread::spawn(move || { look(&ho.t); });
    hpoke(&mut ho);
    let mut a1 = R::new();
    q.merge(o.me());
}




fn f381<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let t0 = 't0: {
        let mut r1 = &hp.t;
        let mut m2 = &*hq;
        if cond() { break 't0 true; } m2.t.read();
        if cond() { break 't0 true; } let mut a3 = match num() { 0 => R::new(), _ => o };
        if cond() { break 't0 true; } let mut a4 = make();
    false }; {
        let mut a5 = R::new();
        take(ho.s);
        {
            a5.read();
        }
    } if t0 { panic!(); }
    return match num() { 0 => &hq.t, _ => &ho.t };
}




fn f382<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        'l0: while cond() {
            ho.s = R::new();
        }
    }
    let mut k1 = || { look(&hp.t); };
    if cond() {
    }
    return &*q;
}

fn f383(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    let mut xs0 = [ho.t, o];
    if cond() {
        let mut k1 = || { look(&*p); };
    } else {
    }
}

fn f384(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    'l1: while cond() {
        let mut m2 = &*hq;
        {
            let mut k3 = || { look(&ho.s); };
            hq.s.read();
            a0.read();
            let mut v4 = V::new(m2.t.me());
            v4 = V::new(v4.get());
            v4.peek();
        }
    }
}

fn f385(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    htake(ho);
    let mut k0 = || { hq.t.write(); };
    let mut a1 = match num() { 0 => R::new(), _ => o };
    let t2 = 't2: {
        let mut m3 = &*hq;
        if cond() { break 't2 true; } look(&o);
        if cond() { break 't2 true; } if cond() {
        }
    false }; {
    } if t2 { panic!(); }
    return o;
}




fn f386<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    while cond() {
        if cond() { break; }
        let mut r1 = pick(&hp.t);
        let mut pr2 = P::new(h0.t, R::new());
    }
    o.read();
    let mut a3 = o;
    return p.me();
}

fn f387(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    o.read();
    let mut a0 = R::new();
}

fn f388(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    let mut k1 = || { look(&*q); };
    let mut h2 = ho;
    p.merge(&*r0);
    let mut r3 = &*r0;
    r3.write();
    hpoke(&mut ho);
    std::thread::spawn(move || { hp.t.write(); });
    hq.t = R::new();
    let mut r4 = &*r3;
}




fn f389<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &hp.t;
    let mut r1 = if cond() { &hp.t } else { &*q };
    ho.s.merge(&*q);
    let mut k2 = || { look(&*q); };
    let mut r3 = &*q;
    ho.t.merge(&o);
    let mut h4 = ho;
    return if cond() { &hp.s } else { &*p };
}

fn f390(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut u0 = W::new(&mut *q);
        hp.s = ho.s;
        u0.bump();
        let mut r1 = hp.t.me();
        u0.peek();
        u0.peek();
        let mut h2 = H::new();
        r1.merge(&*q);
        if cond() {
            'l3: while cond() {
            }
        } else {
        }
    }
}

fn f392(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = R::new();
    let mut m0 = &ho;
    if cond() {
        let mut a1 = R::new();
    } else {
        let mut a2 = o;
    }
}

fn f393(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { ho.t.write(); };
    let mut a1 = ho.s;
    return hq.s;
}

fn f394(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    if cond() { return; }
    if cond() {
        let mut v0 = V::new(either(&*p, &hp.t));
        o = ho.t;
        vtake(v0);
    }
}




fn f396<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &hp.s } else { &hq.t };
    ho.s = o;
    take(*r0);
    return &o;
}

fn f397(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    let mut pr0 = P::new(R::new(), R::new());
    o.merge(&*q);
    if cond() {
        let mut r1 = p.me();
        let mut r2 = &ho.t;
    } else {
        let mut r3 = if cond() { &hq.t } else { &*p };
    }
    let mut r4 = &*p;
    if cond() { return; }
}

fn f398(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.t;
    let mut h1 = H::new();
    while cond() {
    }
}

fn f399(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut xs1 = [ho.s, ho.s];
    htake(ho);
    r0 = hp.t.me();
}



























impl H { fn f4(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hlook(&*self);
    }
} }


impl H { fn f5(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut v0 = V::new(&hq.t);
    let mut r1 = pick(&self.t);
    let mut w2 = &mut hp.s;
    hq.t = ho.t;
    v0.peek();
    let mut k3 = || { look(&*p); };
    let mut r4 = &*p;
    v0.peek();
    hpoke(&mut *hq);
    w2.read();
    match num() {
        0 => {
        }
        _ => {
        }
    }
} }

impl H { fn f10(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.read();
    poke(&mut hq.t);
    poke(&mut *q);
    let mut r0 = &o;
    let mut u1 = W::new(&mut hp.t);
    u1.bump();
    r0.merge(&*p);
    while cond() {
        std::thread::spawn(move || { take(ho.s); });
        let mut h2 = H::new();
    }
} }

impl H { fn f11(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hq.s);
    htake(ho);
    let t1 = 't1: {
        if cond() { break 't1 true; } look(&self.t);
    false }; {
    } if t1 { panic!(); }
} }

impl H { fn f16(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut pr0 = P::new(o, ho.t);
        pr0 = P::new(R::new(), ho.s);
        o.merge(&*q);
    } else {
        let mut r1 = either(&hq.t, &*p);
        let mut h2 = ho;
    }
    let mut r3 = &hq.t;
    poke(&mut *p);
    hp.s.merge(&*p);
    self.t.merge(&*q);
} }


impl H { fn f25(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    if cond() { return; }
    let mut h1 = ho;
    let mut r2 = match num() { 0 => &h1.t, _ => &a0 };
    let mut h3 = ho;
    look(&hq.t);
    'l4: while cond() {
    }
} }


impl H { fn f30(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.s.write(); };
    let mut m1 = &*self;
    take(o);
    let mut m2 = &*m1;
} }

impl H { fn f31(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*q);
    r0 = &*q;
} }


impl H { fn f32(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.t.write();
    let mut h0 = ho;
    if cond() {
        match num() {
            0 => {
                let mut m1 = &*self;
            }
            _ => {
            }
        }
    }
    return *q;
} }

impl H { fn f37(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut h0 = H::new();
        ho.t = R::new();
        hpoke(&mut h0);
        if cond() {
        } else {
        }
    }
} }


impl H { fn f39(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    take(ho.t);
    std::thread::spawn(move || { look(&ho.t); });
    hlook(&*m0);
    if cond() { return; }
    let mut xs1 = [ho.s, ho.t];
    take(xs1[0]);
    xs1[0] = ho.t;
    hpoke(&mut ho);
} }


impl H { fn f42(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut w0 = &mut ho.s;
    }
    take(o);
    ho.s.write();
    q.merge(pick(&ho.s));
    let mut v1 = V::new(o.me());
    let mut r2 = &*q;
    let mut r3 = either(&ho.s, &*r2);
    r3.read();
    let mut v4 = V::new(pick(&*r2));
    take(*r2);
} }

impl H { fn f56(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.s = R::new();
    let mut r0 = &ho.t;
    q.merge(&ho.s);
    let mut v1 = V::new(if cond() { &ho.t } else { &*r0 });
    v1 = V::new(&hq.t);
    return o;
} }


impl H { fn f58(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    {
        take(hp.s);
        hlook(&*hp);
        match num() {
            0 => {
                {
                    let mut a0 = R::new();
                }
            }
            1 => {
            }
            _ => {
            }
        }
    }
    return o;
} }


impl H { fn f63(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut hq.s;
    match num() {
        0 => {
            let mut w1 = &mut *w0;
            hlook(&*hp);
            while cond() {
                w1.read();
            }
            if cond() { return *w0; }
        }
        _ => {
        }
    }
    return *p;
} }

impl H { fn f65(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut w0 = &mut self.t;
        while cond() {
        }
    } else {
    }
} }

impl H { fn f73(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = ho.t;
    let mut m0 = &*self;
} }

impl H { fn f76(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut w1 = &mut o;
    take(o);
    std::thread::spawn(move || { take(ho.s); });
    let t2 = 't2: {
        let mut a3 = o;
    false }; {
        take(o);
        let mut a4 = o;
        {
        }
    } if t2 { panic!(); }
} }

impl H { fn f78(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &self.s } else { &hp.s };
    let mut h1 = H::new();
    std::thread::spawn(move || { take(ho.s); });
    let mut m2 = &ho;
    r0.merge(&*p);
    let mut m3 = &*hp;
    m3.s.merge(&*p);
    htake(ho);
    r0 = self.s.me();
    if cond() {
    } else {
    }
} }


impl H { fn f83(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    take(ho.t);
    let mut k1 = || { hp.t.write(); };
    let mut r2 = &*q;
    let mut h3 = ho;
    let mut r4 = &*r0;
} }


impl H { fn f86(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hq.t); };
    ho.s.read();
    let mut xs1 = [ho.s, o];
    look(&hp.t);
    let mut xs2 = [R::new(), R::new()];
    let mut r3 = hq.t.me();
    match num() {
        0 => {
            xs2[1].merge(&*q);
            ho.s.read();
            poke(&mut xs2[1]);
        }
        1 => {
        }
        _ => {
        }
    }
} }

impl H { fn f94(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut xs0 = [ho.s, o];
    let t1 = 't1: {
        if cond() { break 't1 true; } hq.s = R::new();
    false }; {
        let mut r2 = &*p;
    } if t1 { panic!(); }
    return *q;
} }

impl H { fn f96(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.write();
    let mut a0 = R::new();
    let mut r1 = pick(&hp.t);
    {
        let mut r2 = pick(&*r1);
        let mut xs3 = [a0, ho.s];
        r2 = pick(&*r2);
    }
    let mut v4 = V::new(&*p);
} }

impl H { fn f97(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.t;
    let mut r1 = &hq.t;
    hlook(&*self);
    let t2 = 't2: {
        if cond() { break 't2 true; } let mut r3 = w0.me();
        if cond() { break 't2 true; } poke(&mut *r3);
        w0 = &mut ho.s;
    false }; {
        let mut a4 = match num() { 0 => R::new(), _ => ho.s };
        poke(&mut *p);
    } if t2 { panic!(); }
    take(*p);
} }


impl H { fn f105(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hq.s;
    look(&hp.s);
    let mut h1 = H::new();
    let mut r2 = &hp.t;
    let mut r3 = &*q;
    let mut r4 = pick(&hp.t);
    r2.read();
    let mut a5 = ho.t;
    take(a5);
    return *q;
} }


impl H { fn f109(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        self.t.write();
    }
    if cond() {
        let mut m0 = &*self;
    } else {
        let mut pr1 = P::new(R::new(), ho.s);
        let mut a2 = match num() { 0 => R::new(), _ => o };
    }
} }

impl H { fn f118(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut k0 = || { p.write(); };
        q.write();
        let mut m1 = &*self;
        let mut xs2 = [R::new(), R::new()];
        let mut r3 = p.me();
    }
    let mut a4 = R::new();
} }


impl H { fn f121(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut r0 = match num() { 0 => &*p, _ => &o };
    }
    let mut r1 = &ho.t;
    {
        let mut a2 = ho.t;
    }
} }

impl H { fn f122(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { look(&ho.s); });
    self.t.read();
    let t0 = 't0: {
        if cond() { break 't0 true; } poke(&mut ho.t);
        if cond() { break 't0 true; } take(o); if cond() { break 't0 true; }
        if cond() { break 't0 true; } hp.s.merge(&hq.t);
    false }; {
        look(&ho.s);
        poke(&mut ho.t);
    } if t0 { panic!(); }
    let mut a1 = ho.s;
    htake(ho);
    let mut v2 = V::new(either(&ho.s, &self.s));
} }

impl H { fn f125(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            poke(&mut hp.s);
        }
        _ => {
            let mut r0 = &*p;
            let mut w1 = &mut ho.t;
        }
    }
    let mut a2 = match num() { 0 => R::new(), _ => ho.s };
} }

impl H { fn f127(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    p.merge(&hp.s);
    let mut u0 = W::new(&mut hp.t);
    ho.t.write();
    hpoke(&mut *self);
    let mut k1 = || { look(&*q); };
    let mut a2 = ho.t;
    return ho.t;
} }

impl H { fn f129(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut m1 = &ho;
    let mut u2 = W::new(&mut o);
    let mut a3 = make();
    a3.merge(match num() { 0 => &hq.s, _ => &*p });
    let mut xs4 = [a3, R::new()];
    if cond() {
        let mut u5 = W::new(&mut self.s);
    } else {
    }
} }

impl H { fn f130(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        hlook(&*hq);
        hpoke(&mut ho);
        let mut r0 = &self.s;
        ho.s.write();
    } else {
    }
    return *q;
} }

impl H { fn f132(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&*q, &hp.s);
    {
        take(o);
        if cond() {
            'l1: while cond() {
                let mut a2 = make();
            }
        } else {
        }
    }
} }


impl H { fn f144(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        look(&hp.t);
        p.write();
        let mut pr0 = P::new(ho.t, o);
        if cond() { return; }
        pr0.b().read();
        let mut a1 = o;
        let mut m2 = &*hq;
        let mut pr3 = P::new(R::new(), o);
    }
} }

impl H { fn f148(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { look(&self.t); });
    let mut r0 = &*q;
} }

impl H { fn f150(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.t = R::new();
    let mut h0 = H::new();
    p.write();
    while cond() {
        o.read();
        p.write();
    }
    return *q;
} }


impl H { fn f156(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut u0 = W::new(&mut *q);
        let t1 = 't1: {
            if cond() { break 't1 true; } take(o); if cond() { break 't1 true; }
        false }; {
            q.write();
            q.read();
            hq.s = R::new();
            let mut r2 = &*q;
        } if t1 { panic!(); }
    }
} }

impl H { fn f161(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut pr0 = P::new(R::new(), R::new());
    match num() {
        0 => {
            let mut a1 = make();
        }
        _ => {
        }
    }
    return *p;
} }


impl H { fn f162(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = R::new();
    {
        let mut a0 = ho.s;
        let mut k1 = || { look(&hp.s); };
    }
    let mut r2 = &self.s;
    let mut m3 = &ho;
    if cond() { return; }
    let mut r4 = &self.s;
    let mut k5 = || { q.write(); };
} }

impl H { fn f165(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hq;
    hq.s = o;
    ho.t = R::new();
    let mut r1 = hq.t.me();
    std::thread::spawn(move || { take(ho.t); });
    while cond() {
        let mut u2 = W::new(&mut hp.t);
    }
    let mut r3 = &self.s;
    let mut r4 = &hq.s;
    hpoke(&mut ho);
    let mut m5 = &*hp;
} }


impl H { fn f168(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    while cond() {
        let mut a0 = o;
        let mut a1 = make();
        q.write();
        hlook(&*self);
        let mut w2 = &mut *q;
        let mut w3 = &mut a1;
        take(a0);
        hpoke(&mut ho);
    }
} }


impl H { fn f173(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &self.s;
    std::thread::spawn(move || { take(ho.t); });
    while cond() {
        let mut a1 = o;
        look(&a1);
        let mut a2 = make();
    }
} }


impl H { fn f180(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    let mut h1 = ho;
    let mut a2 = R::new();
} }


impl H { fn f181(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    take(o);
    {
        poke(&mut ho.s);
        let mut h1 = H::new();
        let mut w2 = &mut *q;
    }
} }

impl H { fn f185(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.s.write();
    let mut a0 = R::new();
    let mut r1 = either(&*q, &*q);
    hpoke(&mut *self);
    r1 = pick(&*p);
    let mut pr2 = P::new(R::new(), R::new());
    let mut a3 = make();
    return *q;
} }

impl H { fn f192(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.merge(&hp.t);
    let mut r0 = match num() { 0 => &hp.t, _ => &ho.s };
    std::thread::spawn(move || { self.t.write(); });
} }

impl H { fn f196(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hq.t.me();
    let mut m1 = &ho;
    q.merge(&m1.s);
    take(ho.t);
    q.merge(&self.t);
    look(&hq.s);
    let mut k2 = || { ho.t.write(); };
    k2();
    o.write();
} }


impl H { fn f197(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.s.write();
    take(o);
    let mut r0 = either(&*q, &hq.t);
    let mut r1 = &*q;
    let mut k2 = || { look(&hq.t); };
    let mut xs3 = [ho.t, R::new()];
    xs3[0] = R::new();
    let mut h4 = H::new();
    let mut k5 = || { look(&h4.t); };
} }

impl H { fn f210(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*q); };
    take(self.t);
    let mut w1 = &mut ho.t;
    poke(&mut *w1);
    hq.t.merge(&*q);
    let mut k2 = || { hp.t.write(); };
    let mut r3 = &*q;
    let mut a4 = match num() { 0 => R::new(), _ => ho.t };
} }

impl H { fn f213(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.s = R::new();
    let mut w0 = &mut o;
    ho.s = ho.t;
    let mut r1 = &o;
    let mut h2 = H::new();
    hlook(&*self);
    let mut r3 = &*p;
    let mut a4 = o;
    let mut k5 = || { p.write(); };
    return *q;
} }


impl H { fn f218(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut h1 = H::new();
    take(o);
    h1.s = R::new();
    let mut xs2 = [h1.t, o];
    h1.s = o;
    if cond() {
    } else {
    }
} }


impl H { fn f220(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.write();
    let mut a0 = match num() { 0 => R::new(), _ => ho.s };
    hq.s = R::new();
    let mut w1 = &mut *q;
    look(&ho.t);
    o = R::new();
    {
        w1 = &mut hp.t;
    }
    let mut xs2 = [o, R::new()];
} }


impl H { fn f221(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&o);
    let mut r0 = &ho.t;
    self.s = R::new();
} }


impl H { fn f223(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = p.me();
    let mut h1 = ho;
    if cond() {
        poke(&mut h1.t);
        hq.s.read();
    }
} }

impl H { fn f233(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            let mut r0 = if cond() { &o } else { &*p };
            let mut a1 = R::new();
            let mut pr2 = P::new(R::new(), a1);
        }
        1 => {
            let mut h3 = H::new();
            let mut xs4 = [R::new(), o];
        }
        _ => {
            let mut a5 = make();
        }
    }
} }

impl H { fn f238(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    ho.s = R::new();
    let mut m0 = &*hp;
    let mut a1 = ho.t;
    let mut k2 = || { m0.t.write(); };
    if cond() {
        let mut a3 = match num() { 0 => R::new(), _ => ho.s };
        std::thread::spawn(move || { take(ho.t); });
        hpoke(&mut *m0);
    } else {
    }
} }


impl H { fn f244(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut hq.s);
    while cond() {
        let mut k1 = || { look(&*q); };
        let mut m2 = &*hq;
        let mut pr3 = P::new(ho.s, R::new());
        u0.bump();
    }
    take(ho.t);
    let t4 = 't4: {
    false }; {
    } if t4 { panic!(); }
} }


impl H { fn f245(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    std::thread::spawn(move || { take(ho.s); });
    let mut m0 = &*hp;
    let mut r1 = &hq.s;
    let mut m2 = &*hq;
    let mut w3 = &mut hp.t;
    take(ho.s);
    ho.t.merge(&o);
    let mut a4 = ho.t;
    let mut h5 = H::new();
    r1 = ho.t.me();
    return self.s;
} }

impl H { fn f246(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    std::thread::spawn(move || { take(ho.s); });
    let mut a0 = R::new();
} }

impl H { fn f251(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    self.s.write();
} }


impl H { fn f252(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&ho.s, &self.t);
    hp.s = R::new();
    take(o);
    let mut r1 = if cond() { &self.t } else { &*q };
    take(o);
    {
        poke(&mut *q);
        let mut pr2 = P::new(o, R::new());
    }
} }


impl H { fn f263(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &self.t;
    hlook(&*self);
    let mut m1 = &*hq;
    return *p;
} }

impl H { fn f264(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        while cond() {
            hp.t.merge(&hp.t);
        }
        take(o);
        let mut r0 = self.s.me();
        let mut h1 = H::new();
        r0.write();
    }
    let mut a2 = ho.s;
} }

impl H { fn f265(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    let mut a1 = ho.t;
    if cond() { return; }
    let mut xs2 = [R::new(), a1];
    let mut h3 = ho;
} }

impl H { fn f271(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.s);
    while cond() {
        ho.t.write();
    }
} }


impl H { fn f273(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let t0 = 't0: {
        if cond() { break 't0 true; } self.t.write();
        let mut r1 = &hq.t;
        hq.t = ho.t;
    false }; {
    } if t0 { panic!(); }
    return *q;
} }

impl H { fn f275(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    take(o);
    hlook(&h0);
} }


impl H { fn f282(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *hq);
    let mut k0 = || { hp.t.write(); };
    let mut a1 = make();
    std::thread::spawn(move || { hp.s.write(); });
    let mut a2 = o;
    let mut r3 = either(&hq.t, &self.s);
    while cond() {
        r3 = pick(&hp.t);
        a2.read();
    }
    return *q;
} }


impl H { fn f287(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.t.merge(&ho.s);
    let mut r0 = q.me();
    r0 = if cond() { &*p } else { &o };
    let mut a1 = make();
    let mut k2 = || { hp.s.write(); };
    let mut r3 = if cond() { &*p } else { &ho.t };
    let mut v4 = V::new(&a1);
    if cond() { return; }
    take(ho.s);
    hpoke(&mut *hp);
} }


impl H { fn f290(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.write();
    if cond() {
        let mut m0 = &*self;
    } else {
    }
} }


impl H { fn f292(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            take(self.t);
        }
        _ => {
        }
    }
} }


impl H { fn f308(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(o, R::new());
    if cond() { return; }
    let mut xs1 = [R::new(), R::new()];
    poke(&mut hp.s);
    pr0 = P::new(R::new(), R::new());
} }


impl H { fn f309(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut m0 = &ho;
} }


impl H { fn f311(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut k0 = || { look(&*p); };
        take(o);
        std::thread::spawn(move || { take(ho.s); });
    }
    while cond() {
        let mut xs1 = [R::new(), o];
        hp.s.merge(pick(&self.s));
        {
            match num() {
                0 => {
                }
                _ => {
                }
            }
        }
    }
} }


impl H { fn f326(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.read();
    let mut w0 = &mut hp.s;
    q.merge(&hq.s);
    let mut m1 = &*hq;
    let mut k2 = || { p.write(); };
    let mut xs3 = [R::new(), R::new()];
} }


impl H { fn f327(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    'l0: while cond() {
        let mut a1 = R::new();
        'l2: while cond() {
            let mut h3 = H::new();
        }
        let mut k4 = || { hp.s.write(); };
    }
} }


impl H { fn f333(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    std::thread::spawn(move || { take(ho.t); });
    take(ho.s);
    let mut k1 = || { hp.s.write(); };
    let t2 = 't2: {
        if cond() { break 't2 true; } let mut a3 = R::new();
        if cond() { break 't2 true; } if cond() {
            if cond() { break 't2 true; } a3.write();
        }
    false }; {
    } if t2 { panic!(); }
} }


impl H { fn f334(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.write();
    take(ho.t);
    let mut r0 = &self.t;
    poke(&mut *p);
} }

impl H { fn f335(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &self.s;
    take(*p);
    let mut m1 = &*hq;
    let t2 = 't2: {
        if cond() { break 't2 true; } poke(&mut ho.s);
    false }; {
        hlook(&*hp);
    } if t2 { panic!(); }
    return hq.s;
} }

impl H { fn f338(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut pr1 = P::new(R::new(), a0);
    let mut h2 = H::new();
    ptake(pr1);
    take(*pr1.a());
    poke(&mut o);
    {
    }
} }


impl H { fn f339(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    take(o);
    let mut r0 = if cond() { &*q } else { &hq.t };
    let mut a1 = ho.s;
    hp.s = a1;
    let mut k2 = || { look(&ho.t); };
    hpoke(&mut ho);
    r0 = &self.t;
} }

impl H { fn f340(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.s);
    while cond() {
        hp.s.read();
    }
    let mut k0 = || { ho.t.write(); };
    let mut a1 = o;
    if cond() { return; }
} }

impl H { fn f346(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = match num() { 0 => R::new(), _ => o };
    let mut u1 = W::new(&mut hq.s);
    let mut k2 = || { q.write(); };
    let mut v3 = V::new(&*p);
    if cond() {
        let mut a4 = R::new();
    }
    take(self.s);
    match num() {
        0 => {
        }
        1 => {
        }
        _ => {
        }
    }
} }

impl H { fn f348(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = ho.t.me();
    hpoke(&mut *hq);
    htake(ho);
    let mut a1 = match num() { 0 => R::new(), _ => ho.t };
    take(o);
} }


impl H { fn f352(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*p);
    let mut xs0 = [R::new(), ho.t];
    let mut h1 = ho;
    poke(&mut hp.s);
    let mut u2 = W::new(&mut ho.s);
    let mut a3 = ho.s;
    let mut h4 = H::new();
    let mut k5 = || { q.write(); };
    u2.bump();
    poke(&mut hp.t);
    let mut a6 = R::new();
} }


impl H { fn f354(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut r0 = &o;
        if cond() {
            while cond() {
            }
        } else {
        }
    }
} }

impl H { fn f359(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut pr0 = P::new(ho.s, R::new());
    take(*p);
    pr0 = P::new(R::new(), R::new());
} }

impl H { fn f360(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    let mut w0 = &mut *q;
    let mut r1 = &*q;
    ho.s = R::new();
    let mut m2 = &*self;
    look(&*q);
    let mut r3 = p.me();
    r3 = &m2.s;
} }


impl H { fn f368(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        poke(&mut o);
        'l0: while cond() {
            let mut a1 = make();
            poke(&mut *p);
            let mut r2 = &hp.t;
            let mut k3 = || { hq.t.write(); };
        }
    } else {
    }
} }


impl H { fn f369(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        take(ho.t);
        o.write();
    }
    'l0: while cond() {
        poke(&mut *p);
        let mut k1 = || { hp.t.write(); };
    }
    return *q;
} }

impl H { fn f371(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut k0 = || { hp.s.write(); };
    }
    o.merge(&hp.t);
    take(ho.t);
    let mut h1 = H::new();
} }

impl H { fn f372(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut xs1 = [o, o];
    hq.s = R::new();
    xs1[0].write();
    htake(ho);
    take(xs1[1]);
} }


impl H { fn f376(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    poke(&mut *r0);
} }


impl H { fn f379(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            while cond() {
                let mut w0 = &mut hp.s;
            }
        }
        1 => {
            o.write();
        }
        _ => {
        }
    }
} }


impl H { fn f380(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut xs0 = [ho.s, ho.s];
    'l1: while cond() {
        let mut r2 = if cond() { &hq.s } else { &*q };
        let mut k3 = || { hp.t.write(); };
        if cond() {
            if cond() {
            }
        }
    }
    return ho.t;
} }

impl H { fn f391(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    take(hq.t);
    o.merge(&self.t);
    {
        let mut r0 = &o;
        let mut k1 = || { self.t.write(); };
        let mut h2 = ho;
        let mut a3 = ho.t;
        {
            let mut k4 = || { look(&*q); };
            poke(&mut *p);
        }
    }
} }


impl H { fn f395(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut u0 = W::new(&mut *q);
    u0 = W::new(&mut hq.t);
    hpoke(&mut ho);
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
