#![allow(unused)]





















































fn f0(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.s);
    if cond() {
        htake(ho);
    }
}




fn f1<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    q.merge(&hp.s);
    return &*q;
}

fn f3(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    poke(&mut *p);
    while cond() {
        while cond() {
            look(&*q);
            ho.t = ho.s;
            let mut a0 = o;
            {
                hq.t.merge(pick(&hp.t));
            }
        }
    }
}

fn f4(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    let mut r0 = pick(&hq.s);
    let mut w1 = &mut *q;
    o.read();
    let mut r2 = &*r0;
    hlook(&ho);
    let mut a3 = o;
    r2 = if cond() { &*q } else { &ho.t };
    take(a3);
    w1 = &mut a3;
    let mut r4 = &*q;
}

fn f5(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.t;
    look(&o);
    let mut h1 = H::new();
    take(*q);
    let mut w2 = &mut o;
    w0 = &mut ho.t;
    let mut h3 = H::new();
}

fn f7(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        hlook(&*hp);
        if cond() { continue; }
        ho.s.write();
        hp.t.write();
    }
    let mut a0 = R::new();
    let mut a1 = a0;
    let mut h2 = ho;
    let mut h3 = H::new();
    if cond() {
        look(&h2.t);
    } else {
    }
}

fn f8(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    q.read();
    ho.s = o;
    let mut a0 = o;
    look(&ho.t);
}




fn f10<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = hq.s.me();
    let mut a1 = ho.s;
    {
        let mut k2 = || { look(&hq.t); };
        let mut r3 = hq.s.me();
    }
    take(*q);
    r0 = pick(&*p);
    while cond() {
        let mut w4 = &mut *q;
    }
    return &*p;
}

fn f11(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut a0 = o;
    let mut r1 = q.me();
    o.write();
    hlook(&ho);
    let mut m2 = &*hq;
    if cond() {
    } else {
    }
}

fn f12(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    if cond() {
        {
        }
    } else {
    }
}

fn f16(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    look(&*p);
    while cond() {
        let mut r1 = &ho.t;
        hlook(&*hq);
    }
    return o;
}

fn f17(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut a0 = ho.t;
    take(a0);
    while cond() {
        while cond() {
            if cond() {
                let mut a1 = make();
            }
            'l2: while cond() {
            }
        }
    }
}

fn f18(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut r1 = either(&*p, &hp.t);
    if cond() {
    } else {
    }
}

fn f19(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    hpoke(&mut ho);
    let mut a0 = ho.s;
    let mut a1 = o;
    htake(ho);
    let mut k2 = || { hp.t.write(); };
}

fn f20(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    if cond() {
        {
            hpoke(&mut *hp);
            let mut r0 = pick(&ho.s);
            take(*p);
        }
    }
}




fn f21<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hp.t.read();
    look(&hq.t);
    let mut a0 = ho.s;
    a0 = R::new();
    take(hp.s);
    let mut a1 = make();
    let mut k2 = || { look(&hp.t); };
    look(&ho.s);
    let mut r3 = pick(&a0);
    return pick(&*q);
}




fn f23<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    q.merge(&o);
    let mut r1 = q.me();
    a0.write();
    r1 = &hq.t;
    htake(ho);
    return hp.s.me();
}

fn f24(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.s);
    let mut r0 = &ho.s;
    poke(&mut hq.t);
    r0 = either(&ho.s, &*q);
    let mut w1 = &mut *p;
    let mut a2 = R::new();
    poke(&mut *q);
    htake(ho);
    poke(&mut *q);
    w1 = &mut ho.s;
    let mut h3 = H::new();
}

fn f25(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        hp.s.write();
        let mut a0 = ho.t;
        let mut a1 = ho.t;
        if cond() {
            take(ho.s);
        } else {
            let mut h2 = ho;
        }
    }
}

fn f27(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.s;
    poke(&mut *w0);
    let mut a1 = R::new();
    w0 = &mut hq.s;
    a1.merge(&hp.t);
    let mut r2 = if cond() { &o } else { &*w0 };
}




fn f28<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &*hp;
    let mut r1 = &hp.t;
    return &o;
}




fn f29<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut hp.s);
    let mut a0 = make();
    let mut r1 = &ho.s;
    let mut a2 = a0;
    if cond() {
    } else {
    }
    return &*p;
}

fn f30(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut k1 = || { p.write(); };
    let mut m2 = &h0;
    let mut r3 = if cond() { &*q } else { &hp.t };
    m2.t.write();
    let mut h4 = H::new();
    let mut h5 = H::new();
    let mut m6 = &*hp;
    h4.s = h0.t;
    h4.t.write();
    hq.t = R::new();
}

fn f31(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut k0 = || { look(&ho.t); };
    hq.s = R::new();
}

fn f32(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    q.read();
    ho.t.read();
    hpoke(&mut ho);
    while cond() {
        hp.s = R::new();
    }
    poke(&mut *r0);
    take(ho.t);
    let mut r1 = &hq.s;
    let mut a2 = ho.t;
    let mut r3 = &a2;
}

fn f33(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    if cond() { return; }
    poke(&mut hp.s);
    let mut h0 = H::new();
    ho.s.read();
    let mut a1 = make();
    hq.t.merge(&o);
    hq.t = o;
    let mut a2 = h0.t;
    take(ho.t);
}




fn f34<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut k1 = || { hp.t.write(); };
    hpoke(&mut ho);
    let mut r2 = either(&ho.s, &*q);
    let mut h3 = H::new();
    let mut a4 = make();
    return if cond() { &*q } else { &hp.t };
}

fn f35(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    {
        hq.t = R::new();
        let mut r1 = pick(&hp.s);
    }
}




fn f37<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t.read();
    take(*q);
    if cond() {
        let mut w0 = &mut *q;
        let mut h1 = H::new();
        hp.s.merge(&ho.t);
    } else {
        let mut k2 = || { look(&hq.s); };
        if cond() { return pick(&hq.t); }
    }
    while cond() {
    }
    return pick(&*q);
}

fn f38(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    let mut k1 = || { look(&*q); };
    let mut r2 = hp.s.me();
    return o;
}

fn f39(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hp.s);
    let mut h0 = H::new();
    o.read();
    let mut k1 = || { hp.s.write(); };
    let mut r2 = &h0.t;
    let mut m3 = &h0;
    while cond() {
        if cond() {
            r2 = if cond() { &*p } else { &hq.t };
            if cond() {
                ho.t = R::new();
            } else {
            }
        } else {
        }
    }
}

fn f40(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.t); };
    while cond() {
    }
}

fn f42(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return *p; }
    let mut h0 = H::new();
    if cond() { return hp.t; }
    hp.t.read();
    return *q;
}

fn f43(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    look(&hp.s);
    let mut r0 = if cond() { &*q } else { &hp.t };
    let mut k1 = || { hp.s.write(); };
    if cond() {
        r0 = pick(&*p);
        let mut a2 = ho.s;
        if cond() { return; }
        let mut m3 = &*hq;
        let mut h4 = ho;
    }
}

fn f44(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut o);
    let mut a0 = make();
    poke(&mut *q);
    let mut r1 = &a0;
    r1 = a0.me();
    if cond() { return; }
    r1 = &a0;
    hq.t = ho.s;
    hlook(&*hq);
    hq.s.merge(&*p);
    let mut r2 = &*q;
}

fn f45(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.s;
    if cond() {
    }
}

fn f46(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*q); };
    hq.s.write();
    let mut a1 = ho.s;
    let mut r2 = if cond() { &*q } else { &ho.t };
    o.merge(&o);
    hpoke(&mut *hp);
    poke(&mut hq.s);
}

fn f47(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        o = ho.t;
    } else {
    }
}

fn f48(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut a0 = ho.t;
    if cond() {
        let mut w1 = &mut o;
        let mut k2 = || { ho.s.write(); };
        {
            o.read();
            while cond() {
                o.merge(&hq.t);
                let mut r3 = &*p;
                hq.s = R::new();
            }
        }
    } else {
    }
}




fn f50<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hq);
    let mut r0 = &*q;
    let mut k1 = || { look(&ho.t); };
    while cond() {
    }
    return o.me();
}

fn f51(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut h1 = ho;
    'l2: while cond() {
    }
}

fn f52(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut *q);
    let mut w0 = &mut hq.t;
    if cond() {
        w0 = &mut o;
    }
    return *q;
}




fn f53<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.write();
    ho.s.read();
    take(o);
    ho.t.write();
    let mut r0 = &o;
    let mut m1 = &*hp;
    let mut r2 = &hp.s;
    let mut r3 = ho.t.me();
    r3.read();
    if cond() {
    }
    return q.me();
}




fn f55<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(hp.t);
    'l0: while cond() {
        let mut r1 = &o;
    }
    return either(&hq.t, &o);
}




fn f57<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { ho.s.write(); };
    let mut r1 = pick(&ho.t);
    r1 = &hp.s;
    let mut h2 = H::new();
    hlook(&*hq);
    return either(&o, &o);
}

fn f58(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut a1 = make();
    take(o);
    let mut a2 = make();
    let mut k3 = || { look(&hq.s); };
    hpoke(&mut *hp);
    match num() {
        0 => {
            hlook(&*hp);
            let mut a4 = a1;
        }
        _ => {
        }
    }
}

fn f59(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    let mut h0 = H::new();
    let mut k1 = || { look(&*q); };
    take(ho.s);
    while cond() {
        look(&hq.t);
        let mut a2 = R::new();
        q.read();
    }
}

fn f60(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.t.write(); };
    q.write();
    htake(ho);
    let mut r1 = pick(&*p);
    r1 = pick(&ho.t);
    let mut m2 = &*hp;
    if cond() {
        take(o);
    } else {
    }
}

fn f61(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(&hq.t);
    o.read();
    let mut m0 = &ho;
    o.merge(&m0.t);
    if cond() { return; }
    htake(ho);
    take(o);
}

fn f62(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut hq.s;
    let mut r1 = &o;
    take(ho.t);
    return ho.s;
}

fn f64(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut r1 = hq.s.me();
    poke(&mut *q);
}

fn f66(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.s.write(); };
    let mut r1 = &o;
    htake(ho);
    hlook(&*hp);
    let mut h2 = H::new();
}

fn f67(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = p.me();
    let mut a1 = R::new();
    if cond() {
    }
    return *q;
}




fn f68<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = o;
    let mut a1 = ho.t;
    let mut w2 = &mut a1;
    let mut r3 = &a0;
    let mut w4 = &mut a1;
    return &o;
}

fn f69(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    match num() {
        0 => {
            let mut h0 = H::new();
            hpoke(&mut h0);
            match num() {
                0 => {
                    htake(h0);
                    let mut r1 = hp.s.me();
                    let mut r2 = pick(&h0.s);
                }
                1 => {
                }
                _ => {
                }
            }
        }
        _ => {
        }
    }
    return hp.s;
}

fn f70(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&ho.t);
    while cond() {
        {
            let mut k1 = || { hp.s.write(); };
        }
    }
}




fn f71<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &ho.s;
    let mut a1 = make();
    let mut a2 = make();
    poke(&mut a1);
    let mut r3 = pick(&*p);
    return &hq.t;
}

fn f72(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    let mut k0 = || { hp.t.write(); };
    let mut a1 = ho.t;
    let mut r2 = &*p;
    let mut w3 = &mut ho.s;
    let mut a4 = R::new();
    while cond() {
    }
}

fn f73(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut k1 = || { hq.s.write(); };
    let mut a2 = ho.t;
    let mut a3 = R::new();
}

fn f74(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.write();
    hp.s.merge(&hp.s);
    let mut r0 = pick(&o);
    if cond() {
        let mut h1 = ho;
    } else {
    }
}

fn f75(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = if cond() { &ho.t } else { &hq.s };
    r0 = if cond() { &o } else { &o };
}

fn f76(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut a1 = R::new();
    let mut a2 = make();
    if cond() {
        a1 = R::new();
    } else {
        let mut m3 = &*hp;
        let mut r4 = &hp.t;
    }
    if cond() {
        let mut w5 = &mut hq.s;
        take(a2);
        ho.t.write();
    } else {
    }
}

fn f77(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    q.read();
    let mut m0 = &*hp;
    if cond() {
        htake(ho);
        let mut r1 = hq.t.me();
        let mut w2 = &mut hq.s;
        let mut h3 = ho;
        let mut m4 = &*hq;
        let mut r5 = &*w2;
        hpoke(&mut *hq);
    }
    return hq.s;
}




fn f78<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(o);
    if cond() {
        let mut w0 = &mut *p;
        ho.s.write();
        o.write();
        let mut h1 = H::new();
        ho.s.merge(&*q);
        q.write();
    } else {
    }
    return &*q;
}

fn f79(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    if cond() {
        let mut r0 = &hp.s;
    } else {
        poke(&mut o);
        htake(*hq);
    }
    look(&*p);
    let mut h1 = ho;
    look(&*q);
}

fn f80(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    let mut k0 = || { q.write(); };
    poke(&mut *q);
    hlook(&ho);
    let mut h1 = H::new();
    'l2: while cond() {
        hp.s.read();
        let mut w3 = &mut hq.s;
        hq.t = R::new();
    }
}

fn f81(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.read();
    if cond() {
        let mut k0 = || { ho.s.write(); };
    }
}

fn f82(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*p);
    let mut r1 = r0.me();
    let mut a2 = R::new();
    let mut k3 = || { ho.t.write(); };
    r0 = &o;
    let mut h4 = ho;
    match num() {
        0 => {
            r0 = if cond() { &*r0 } else { &ho.s };
            r0 = &*r0;
            h4.s = R::new();
            h4.s.merge(&hp.t);
        }
        _ => {
        }
    }
}




fn f84<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut hp.s);
    let mut m0 = &*hp;
    let mut a1 = ho.s;
    poke(&mut o);
    return &hp.t;
}

fn f86(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut r0 = &hp.s;
    let mut m1 = &*hq;
    hpoke(&mut *hq);
    poke(&mut *r0);
    match num() {
        0 => {
            r0.write();
        }
        1 => {
            q.merge(&o);
            let mut r2 = &ho.t;
        }
        _ => {
        }
    }
}

fn f87(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.merge(&hp.t);
    hpoke(&mut *hq);
    let mut a0 = R::new();
    hpoke(&mut *hq);
    let mut a1 = o;
    hlook(&*hq);
    poke(&mut o);
    poke(&mut a0);
    let mut r2 = &ho.s;
}

fn f88(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut r1 = &hp.t;
        while cond() {
            while cond() {
                let mut w2 = &mut o;
                let mut r3 = &*r1;
                hq.t.read();
            }
            q.read();
        }
        let mut k4 = || { look(&*q); };
    }
}

fn f89(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut a1 = R::new();
    let mut w2 = &mut hq.t;
}

fn f90(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&ho.t);
    let mut r1 = &*p;
    let mut a2 = o;
    hpoke(&mut *hq);
    hlook(&*hq);
    let mut a3 = make();
    let mut a4 = a3;
    match num() {
        0 => {
            let mut w5 = &mut *q;
            if cond() {
            }
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f91(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    if cond() {
        while cond() {
            let mut a1 = ho.s;
        }
        let mut a2 = ho.t;
    } else {
    }
}

fn f92(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut o;
    w0.read();
    hlook(&*hq);
    htake(ho);
    let mut w1 = &mut o;
    w0 = &mut *w1;
    let mut w2 = &mut ho.s;
    let mut a3 = make();
    return *p;
}

fn f93(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    if cond() { return; }
    let mut a0 = make();
    match num() {
        0 => {
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f96(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.write();
    let mut k0 = || { hp.t.write(); };
}




fn f99<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    p.merge(if cond() { &ho.s } else { &o });
    htake(h0);
    let mut m1 = &ho;
    let mut r2 = &*q;
    if cond() {
        if cond() { return &hp.t; }
        if cond() { return m1.t.me(); }
        let mut a3 = o;
    }
    return &ho.t;
}




fn f100<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hp.t.merge(&hq.t);
    ho.s.merge(&ho.t);
    let mut k0 = || { look(&hq.s); };
    ho.s = R::new();
    let mut r1 = &hp.t;
    let mut a2 = make();
    'l3: while cond() {
        while cond() {
            r1.write();
        }
    }
    return &ho.s;
}

fn f101(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        look(&hp.t);
    }
    let mut r1 = &o;
    let mut a2 = make();
    r1 = pick(&hq.t);
    let mut k3 = || { q.write(); };
    poke(&mut hp.s);
    poke(&mut *q);
}

fn f102(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.t);
    let mut a0 = ho.s;
    poke(&mut *q);
    poke(&mut hq.s);
    take(hq.s);
    if cond() {
    }
}

fn f104(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = o.me();
    let mut h1 = H::new();
    let mut r2 = pick(&hq.t);
    r2.merge(&h1.s);
}

fn f105(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*p);
    let mut r0 = &*p;
    let mut h1 = H::new();
    let mut k2 = || { look(&*q); };
    r0 = &h1.t;
    let mut r3 = &o;
}




fn f106<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    poke(&mut h0.t);
    let mut k1 = || { q.write(); };
    while cond() {
        'l2: while cond() {
            look(&*p);
            let mut a3 = make();
            let mut r4 = &a3;
        }
    }
    return &ho.s;
}

fn f107(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&o);
    hq.s = R::new();
    if cond() {
        let mut k1 = || { look(&*q); };
    }
    r0.merge(&o);
    let mut r2 = if cond() { &hq.t } else { &o };
    htake(ho);
    let mut r3 = o.me();
    'l4: while cond() {
    }
}

fn f108(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut w1 = &mut a0;
    {
        take(o);
    }
}

fn f110(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = pick(&*p);
    look(&hq.t);
    hp.t.merge(pick(&*p));
    return o;
}




fn f112<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = pick(&hp.t);
    let mut r1 = &o;
    look(&ho.s);
    if cond() {
        r1.merge(if cond() { &*r0 } else { &*q });
        let mut k2 = || { look(&ho.s); };
    } else {
    }
    return &o;
}

fn f113(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    'l0: while cond() {
        if cond() {
            let mut r1 = if cond() { &ho.s } else { &hp.t };
            poke(&mut *p);
        }
        take(o);
        let mut r2 = hp.s.me();
    }
}

fn f116(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    o.read();
    let mut a1 = o;
    hlook(&*hq);
    if cond() { return; }
    hpoke(&mut ho);
    let mut m2 = &*hp;
    hpoke(&mut *m2);
    hpoke(&mut *m2);
    let mut a3 = R::new();
}

fn f120(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut o);
    let mut r0 = o.me();
    poke(&mut hp.t);
    hq.t.read();
    r0 = ho.t.me();
    htake(ho);
    while cond() {
        while cond() {
            take(*r0);
            let mut w1 = &mut *q;
        }
    }
}

fn f121(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut a1 = R::new();
    let mut k2 = || { look(&h0.s); };
    return ho.t;
}

fn f122(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut w0 = &mut ho.t;
    if cond() {
        poke(&mut *p);
        while cond() {
            let mut r1 = &*p;
        }
    } else {
    }
}




fn f123<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = either(&o, &ho.s);
    if cond() {
    }
    return &o;
}

fn f124(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut r0 = &*p;
        let mut a1 = ho.s;
        take(o);
        'l2: while cond() {
            while cond() {
                let mut k3 = || { look(&hq.t); };
            }
        }
    } else {
    }
}

fn f125(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    if cond() {
        let mut w1 = &mut ho.s;
        while cond() {
            look(&o);
            let mut h2 = H::new();
        }
        match num() {
            0 => {
                let mut a3 = R::new();
            }
            1 => {
                poke(&mut a0);
                let mut k4 = || { look(&hq.t); };
            }
            _ => {
            }
        }
    } else {
    }
}

fn f126(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        let mut r1 = &hp.t;
        let mut m2 = &*hp;
        let mut h3 = H::new();
        let mut m4 = &h3;
        let mut r5 = &*p;
    }
    let mut a6 = make();
    match num() {
        0 => {
            let mut a7 = ho.t;
            let mut k8 = || { look(&ho.t); };
            p.merge(&*p);
        }
        _ => {
        }
    }
    return hp.t;
}

fn f127(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    htake(ho);
    hlook(&*hq);
    q.read();
    if cond() {
    } else {
    }
    return *q;
}

fn f128(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.read();
    hlook(&*hq);
    let mut a0 = make();
}




fn f129<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        if cond() {
            {
                look(&hq.t);
                q.write();
                o.merge(&hq.s);
                let mut r0 = q.me();
                take(ho.s);
                let mut a1 = R::new();
                let mut r2 = &hp.t;
            }
        } else {
            let mut r3 = &*p;
        }
    } else {
    }
    return ho.t.me();
}

fn f130(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        look(&hp.s);
        let mut r1 = &*p;
        let mut k2 = || { look(&*p); };
    }
    if cond() { return; }
    let mut a3 = make();
    hlook(&ho);
    poke(&mut hp.t);
    hq.t.write();
    let mut h4 = H::new();
}




fn f131<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hp.s = o;
    let mut a0 = ho.t;
    {
        'l1: while cond() {
            htake(ho);
        }
        match num() {
            0 => {
                let mut k2 = || { look(&ho.s); };
            }
            1 => {
            }
            _ => {
            }
        }
    }
    return o.me();
}

fn f132(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut *q;
    let mut h1 = H::new();
    q.read();
    let mut m2 = &*hp;
    'l3: while cond() {
        let mut a4 = R::new();
        while cond() {
            poke(&mut h1.t);
            match num() {
                0 => {
                    let mut m5 = &h1;
                    take(hp.s);
                }
                1 => {
                }
                _ => {
                }
            }
        }
    }
    return ho.t;
}




fn f133<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut r0 = hq.s.me();
        hq.s = R::new();
    }
    let mut a1 = R::new();
    let mut m2 = &ho;
    let mut h3 = H::new();
    'l4: while cond() {
        let mut m5 = &*hp;
        let mut k6 = || { p.write(); };
    }
    return &hq.s;
}

fn f134(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        take(o);
        let mut k1 = || { p.write(); };
        let mut a2 = ho.s;
        htake(ho);
        let mut r3 = p.me();
        while cond() {
        }
    }
}

fn f135(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    let mut h0 = ho;
    let mut h1 = ho;
    let mut k2 = || { look(&*q); };
    let mut k3 = || { hp.t.write(); };
    h1.t.write();
    k3();
    look(&hp.s);
    let mut r4 = &ho.t;
    hpoke(&mut h0);
}




fn f136<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.s.merge(&*p);
    let mut a0 = o;
    ho.s = a0;
    let mut w1 = &mut hq.t;
    hpoke(&mut *hq);
    ho.s.merge(pick(&o));
    take(hq.t);
    ho.s = a0;
    return &hq.s;
}




fn f138<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { p.write(); };
    let mut k1 = || { look(&*p); };
    return if cond() { &*q } else { &*q };
}




fn f139<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.s);
    let mut w0 = &mut ho.s;
    match num() {
        0 => {
            p.read();
        }
        _ => {
            match num() {
                0 => {
                    let mut h1 = H::new();
                    let mut a2 = make();
                    'l3: while cond() {
                    }
                }
                _ => {
                }
            }
        }
    }
    return &hq.s;
}

fn f140(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return o; }
    poke(&mut hq.t);
    let mut r0 = &hp.s;
    look(&hq.s);
    let mut r1 = &hp.s;
    if cond() { return *r0; }
    return o;
}




fn f142<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    hpoke(&mut *hq);
    return &ho.s;
}

fn f143(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut r1 = either(&a0, &*q);
    let mut a2 = a0;
    poke(&mut *q);
    let mut k3 = || { hq.s.write(); };
    ho.s = R::new();
    while cond() {
        k3();
    }
    take(hq.t);
    if cond() {
    }
}




fn f144<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.merge(&*q);
    hlook(&*hq);
    let mut a0 = ho.t;
    take(hq.t);
    'l1: while cond() {
        hpoke(&mut ho);
        let mut r2 = &o;
    }
    return &hp.s;
}




fn f145<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &*p;
    if cond() { return hp.t.me(); }
    r0.merge(&*r0);
    if cond() { return &*p; }
    look(&*q);
    look(&*q);
    o.merge(&*r0);
    return if cond() { &*p } else { &*p };
}




fn f146<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    let mut r1 = &h0.s;
    ho.s = R::new();
    while cond() {
        r1 = if cond() { &*r1 } else { &*q };
    }
    take(hp.s);
    hpoke(&mut ho);
    r1 = if cond() { &h0.t } else { &ho.s };
    r1.read();
    {
        hq.t = h0.s;
    }
    return &hp.t;
}

fn f147(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(hq.s);
    let mut r0 = pick(&*p);
    return hq.s;
}

fn f148(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut m1 = &*hq;
    if cond() {
        r0.read();
    }
    let mut r2 = &*r0;
    let mut h3 = ho;
    r0 = if cond() { &*r2 } else { &*r0 };
    let mut k4 = || { h3.s.write(); };
    if cond() {
    } else {
    }
}

fn f149(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = ho.s;
    let mut k0 = || { hq.t.write(); };
    let mut a1 = R::new();
    ho.t.write();
    let mut h2 = H::new();
    a1 = a1;
    if cond() {
        'l3: while cond() {
            k0();
        }
    } else {
    }
}

fn f150(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hp);
    let mut k0 = || { hq.s.write(); };
    match num() {
        0 => {
            look(&o);
            let mut w1 = &mut *q;
            let mut h2 = H::new();
        }
        1 => {
            hpoke(&mut ho);
            k0();
        }
        _ => {
        }
    }
}

fn f151(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        if cond() { return; }
        let mut k0 = || { ho.t.write(); };
    }
    let mut a1 = make();
    let mut k2 = || { p.write(); };
    htake(ho);
    let mut r3 = &*q;
    a1 = R::new();
    let mut w4 = &mut o;
    hq.t.merge(if cond() { &*q } else { &*q });
}

fn f152(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = o;
    let mut a0 = ho.s;
    while cond() {
        poke(&mut a0);
    }
}

fn f154(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.read();
    let mut h0 = ho;
    let mut h1 = H::new();
    let mut r2 = either(&hq.s, &h0.s);
    h0.t.merge(&*q);
    let mut a3 = ho.t;
    look(&hp.s);
    return *q;
}

fn f156(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    take(ho.s);
    htake(ho);
    poke(&mut *q);
    'l1: while cond() {
        let mut w2 = &mut *q;
    }
}

fn f157(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            if cond() {
                if cond() { return; }
                if cond() { return; }
                hp.s = R::new();
                hp.s = R::new();
                let mut a0 = ho.t;
            } else {
                'l1: while cond() {
                    let mut a2 = ho.s;
                }
                let mut k3 = || { look(&*p); };
            }
        }
        _ => {
        }
    }
}

fn f158(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut w1 = &mut o;
        let mut a2 = make();
        let mut r3 = &*w1;
        w1 = &mut *w1;
    }
    htake(*hp);
    let mut m4 = &ho;
    let mut a5 = ho.t;
    m4.s.read();
    hpoke(&mut *m4);
}

fn f159(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut a1 = o;
    let mut r2 = &h0.s;
    look(&*p);
    let mut k3 = || { hp.s.write(); };
    k3();
    hlook(&*hq);
    return *q;
}

fn f160(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut a1 = make();
    let mut r2 = either(&hq.t, &hp.s);
    r2 = &*r2;
    hq.s.merge(&hp.t);
    let mut m3 = &*hp;
    r2 = &a0;
}

fn f162(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.write();
    let mut a0 = R::new();
    let mut w1 = &mut hp.t;
    htake(ho);
    ho.t = R::new();
    hq.t.write();
    hlook(&*hp);
    while cond() {
    }
}

fn f165(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    let mut a0 = R::new();
    let mut m1 = &ho;
    while cond() {
        let mut w2 = &mut m1.s;
        htake(ho);
    }
    let mut a3 = o;
    let mut w4 = &mut a3;
    let mut a5 = make();
    let mut a6 = make();
}

fn f166(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    match num() {
        0 => {
            ho.t.write();
            if cond() {
            }
        }
        1 => {
        }
        _ => {
        }
    }
    return hq.t;
}




fn f167<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return if cond() { &hq.t } else { &*p }; }
    while cond() {
    }
    return &o;
}




fn f168<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    p.merge(&ho.t);
    look(&*q);
    hq.t.read();
    let mut r0 = &*p;
    hpoke(&mut *hp);
    return hq.t.me();
}

fn f171(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    match num() {
        0 => {
            let mut m1 = &*hp;
            look(&*p);
            let mut a2 = make();
            look(&hq.t);
        }
        1 => {
            poke(&mut ho.s);
            while cond() {
                let mut r3 = a0.me();
                let mut m4 = &*hp;
            }
            let mut a5 = a0;
        }
        _ => {
        }
    }
}

fn f175(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    if cond() { return; }
    let mut h0 = ho;
    hq.s.merge(&o);
}

fn f176(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        o.write();
    }
    p.write();
    poke(&mut hp.t);
    q.read();
    hlook(&*hq);
}

fn f177(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        p.write();
        poke(&mut hq.t);
        if cond() {
            let mut r0 = &hq.t;
        }
        p.merge(&*p);
    }
    return hp.t;
}

fn f178(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut h1 = H::new();
    let mut a2 = ho.t;
    o.merge(&ho.s);
    take(o);
}

fn f179(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.s);
    let mut r0 = ho.s.me();
}




fn f181<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { p.write(); };
    if cond() {
    }
    return pick(&ho.s);
}

fn f185(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hp.t);
    let mut r0 = if cond() { &ho.t } else { &*q };
    take(o);
    look(&*p);
    take(ho.s);
    let mut m1 = &*hq;
    take(ho.t);
    r0 = r0.me();
}

fn f186(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &*q } else { &hp.s };
    htake(ho);
    take(*q);
    let mut k1 = || { hq.t.write(); };
    match num() {
        0 => {
            if cond() {
                hq.t = R::new();
                let mut a2 = o;
                r0 = pick(&*r0);
                if cond() {
                    let mut m3 = &*hq;
                } else {
                }
            } else {
            }
        }
        _ => {
        }
    }
}

fn f187(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    o.write();
    while cond() {
        if cond() {
            while cond() {
                {
                }
            }
        } else {
        }
    }
}

fn f188(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut m0 = &*hp;
    hq.s.merge(pick(&*p));
    let mut h1 = ho;
    let mut r2 = either(&*p, &o);
    q.write();
    let mut a3 = h1.t;
    let mut a4 = make();
    let mut k5 = || { look(&ho.s); };
    r2 = &ho.t;
    return hp.t;
}

fn f189(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*p);
    if cond() { return; }
    if cond() {
        let mut r1 = &ho.t;
        let mut k2 = || { hp.t.write(); };
        if cond() {
            let mut r3 = either(&*q, &*r0);
        }
    }
    let mut a4 = make();
    let mut a5 = o;
    let mut w6 = &mut hq.s;
    {
    }
}




fn f190<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    let mut h0 = H::new();
    let mut r1 = &o;
    let mut h2 = H::new();
    hp.s = h0.t;
    let mut a3 = R::new();
    a3.read();
    r1 = &a3;
    let mut r4 = &*q;
    return &hq.t;
}

fn f191(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t = o;
    let mut r0 = &*p;
    if cond() { return o; }
    look(&*r0);
    let mut a1 = ho.t;
    return *q;
}

fn f192(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(o.me());
    let mut r0 = &hp.s;
    let mut k1 = || { look(&*q); };
    hpoke(&mut *hq);
    let mut a2 = R::new();
    if cond() {
        hq.s = R::new();
    }
    htake(ho);
    hq.s = R::new();
    let mut r3 = &a2;
}

fn f193(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        hp.s.read();
    }
    while cond() {
        let mut w0 = &mut hq.s;
    }
}




fn f195<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut r0 = either(&o, &hp.t);
        match num() {
            0 => {
                if cond() { return if cond() { &ho.s } else { &hq.s }; }
                while cond() {
                }
            }
            1 => {
            }
            _ => {
            }
        }
    } else {
    }
    return pick(&o);
}




fn f196<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&*q);
    take(ho.t);
    let mut r0 = if cond() { &ho.t } else { &*q };
    r0 = pick(&o);
    let mut r1 = if cond() { &*r0 } else { &o };
    htake(ho);
    let mut r2 = &ho.t;
    return &*p;
}

fn f198(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.read();
    if cond() { return; }
}

fn f199(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return o; }
    let mut a0 = R::new();
    let mut r1 = if cond() { &ho.t } else { &ho.t };
    if cond() {
        r1 = pick(&*p);
        take(o);
        hq.t = R::new();
        let mut h2 = H::new();
    }
    return o;
}




fn f200<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        ho.s.merge(&ho.t);
    }
    while cond() {
        let mut k0 = || { look(&*q); };
        let mut h1 = H::new();
        let mut r2 = &hq.t;
        r2 = &ho.s;
    }
    let mut a3 = ho.t;
    poke(&mut a3);
    let mut h4 = H::new();
    return &ho.t;
}

fn f201(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    r0 = &hq.t;
    let mut w1 = &mut hq.t;
    poke(&mut *r0);
    hlook(&*hp);
    let mut k2 = || { look(&*p); };
    'l3: while cond() {
        match num() {
            0 => {
                r0.merge(&*p);
                hlook(&ho);
                let mut a4 = o;
            }
            1 => {
            }
            _ => {
            }
        }
    }
}




fn f202<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &*hp;
    let mut a1 = o;
    take(o);
    ho.t.write();
    let mut w2 = &mut hp.t;
    let mut k3 = || { m0.t.write(); };
    ho.t = R::new();
    return &hp.t;
}




fn f203<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.read();
    let mut k0 = || { hp.s.write(); };
    let mut r1 = &*p;
    k0();
    return either(&*q, &o);
}




fn f204<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s.write();
    o.read();
    hq.s = ho.t;
    return &*q;
}




fn f205<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.t = R::new();
    hq.s = R::new();
    let mut a0 = make();
    if cond() { return &ho.s; }
    return ho.s.me();
}

fn f206(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    htake(ho);
    p.merge(&hq.t);
    take(o);
}

fn f207(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*q);
    let mut h1 = ho;
    let mut k2 = || { look(&*q); };
    let mut k3 = || { hp.s.write(); };
    hpoke(&mut h1);
    if cond() { return; }
    r0 = hq.t.me();
    poke(&mut h1.t);
}

fn f208(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    q.write();
    let mut m1 = &*hq;
    ho.t = ho.s;
    take(m1.t);
    let mut r2 = either(&m1.t, &hp.t);
    take(hq.s);
    let mut a3 = make();
    look(&hq.s);
    htake(ho);
    r2 = hq.s.me();
    return *q;
}

fn f209(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        q.read();
        htake(ho);
        let mut a1 = o;
    }
    hlook(&*hp);
    hpoke(&mut ho);
    return hq.s;
}

fn f210(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    let mut a0 = make();
}

fn f213(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    let mut a0 = make();
    hq.s.write();
    look(&*q);
    if cond() {
    }
}

fn f214(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hp.t);
    look(&o);
    let mut a0 = R::new();
    let mut k1 = || { hq.t.write(); };
    let mut a2 = ho.s;
    hlook(&*hp);
    let mut r3 = pick(&a0);
    htake(ho);
    let mut a4 = make();
    let mut a5 = ho.s;
    match num() {
        0 => {
        }
        1 => {
        }
        _ => {
        }
    }
}

fn f215(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.t.write(); };
    while cond() {
        'l1: while cond() {
            let mut r2 = &*p;
        }
        let mut r3 = &*q;
        match num() {
            0 => {
            }
            _ => {
            }
        }
    }
}

fn f218(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    htake(ho);
    let mut m0 = &ho;
    while cond() {
        hpoke(&mut *m0);
    }
    while cond() {
        let mut m1 = &*m0;
        htake(*hp);
        poke(&mut *p);
    }
    let mut m2 = &*hp;
    hq.s = R::new();
    return hq.s;
}

fn f219(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        look(&ho.t);
        ho.t.merge(&ho.t);
        let mut a0 = R::new();
        if cond() { break; }
    }
}




fn f222<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hp);
    o.merge(&*p);
    if cond() {
        take(o);
        if cond() {
            look(&ho.t);
            let mut h0 = H::new();
        } else {
            while cond() {
                let mut h1 = ho;
                let mut a2 = make();
            }
            while cond() {
            }
        }
    } else {
    }
    return &*q;
}

fn f223(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        htake(ho);
    }
}

fn f225(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            take(ho.t);
        }
        1 => {
            let mut k0 = || { look(&ho.s); };
            hq.s.merge(&hp.t);
            let mut r1 = pick(&*q);
            take(ho.s);
            let mut r2 = &ho.t;
            let mut r3 = &*r1;
            q.merge(if cond() { &hq.t } else { &*r1 });
            ho.s = R::new();
        }
        _ => {
        }
    }
}




fn f226<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    poke(&mut *q);
    return &*p;
}

fn f227(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        while cond() {
            poke(&mut *p);
            let mut r0 = &hp.s;
            take(ho.s);
        }
        ho.s.read();
        'l1: while cond() {
        }
    }
}

fn f228(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut a1 = R::new();
}

fn f229(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut k0 = || { p.write(); };
    take(ho.t);
}

fn f230(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.merge(pick(&o));
    let mut r0 = &ho.t;
    let mut a1 = o;
    let mut h2 = ho;
    take(a1);
    ho.s.merge(&hq.t);
}

fn f231(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.merge(&*q);
    let mut r0 = &hp.s;
    let mut w1 = &mut hq.t;
    let mut a2 = o;
    let mut r3 = &ho.s;
    look(&hq.s);
    let mut k4 = || { look(&ho.t); };
    let mut r5 = if cond() { &*p } else { &a2 };
}

fn f232(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut ho);
    let mut w0 = &mut hq.s;
    if cond() {
    }
    return hp.s;
}

fn f233(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(*q);
    if cond() {
        take(o);
    } else {
    }
    return *q;
}




fn f234<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    p.read();
    ho.s.read();
    take(ho.s);
    hpoke(&mut *hp);
    let mut r0 = &hp.t;
    r0 = &ho.t;
    if cond() {
        q.merge(&*q);
    }
    let mut r1 = &hp.s;
    return &o;
}

fn f236(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    take(o);
    let mut r0 = if cond() { &hp.s } else { &hp.s };
    let mut w1 = &mut hq.t;
    hlook(&*hp);
    let mut r2 = &hq.t;
}




fn f237<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    if cond() {
        let mut k1 = || { p.write(); };
    }
    take(hq.s);
    return pick(&o);
}

fn f238(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hp.t.write(); };
    if cond() { return; }
    let mut h1 = H::new();
    take(*p);
    hq.s.merge(pick(&h1.s));
    if cond() { return; }
    hq.s = R::new();
    take(o);
    while cond() {
    }
}

fn f239(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    p.read();
    let mut a0 = make();
    let mut r1 = &o;
    q.write();
    if cond() {
        if cond() { return *r1; }
    }
    return o;
}

fn f240(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut ho);
    let mut r0 = &ho.s;
    look(&*p);
    ho.t = R::new();
    let mut m1 = &*hq;
    let mut r2 = &*r0;
    if cond() { return o; }
    let mut h3 = ho;
    return hp.s;
}

fn f241(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &*p } else { &hq.s };
    r0 = hp.t.me();
    htake(ho);
    let mut h1 = ho;
}

fn f242(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        hlook(&*hp);
        take(hq.t);
    }
    hq.t = R::new();
    hq.s.merge(&*p);
    let mut k0 = || { look(&ho.t); };
    let mut m1 = &*hq;
    return hq.t;
}

fn f244(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    q.merge(hq.s.me());
    if cond() {
        while cond() {
            let mut h1 = H::new();
            let mut a2 = R::new();
        }
    } else {
    }
}




fn f246<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &ho.s } else { &ho.s };
    while cond() {
    }
    return &hq.s;
}

fn f247(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    ho.s.read();
    let mut m1 = &ho;
    let mut r2 = &*p;
    let mut w3 = &mut o;
    hq.s = R::new();
    let mut h4 = ho;
}

fn f250(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    if cond() {
        hlook(&*hq);
        let mut k1 = || { q.write(); };
        w0 = &mut o;
        k1();
        poke(&mut ho.t);
        q.write();
        w0 = &mut *q;
        let mut a2 = ho.s;
    }
}

fn f251(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut w1 = &mut hp.s;
}

fn f252(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut k1 = || { look(&*q); };
    }
    'l2: while cond() {
        hlook(&*hq);
    }
    let mut m3 = &*hq;
    let mut h4 = H::new();
    let mut k5 = || { look(&hq.t); };
    take(h4.t);
    o.write();
    poke(&mut hq.s);
    let mut a6 = make();
}

fn f253(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut a1 = R::new();
    let mut k2 = || { q.write(); };
}

fn f256(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        {
            let mut h0 = H::new();
            hq.t = R::new();
            let mut k1 = || { hp.t.write(); };
            'l2: while cond() {
                hp.s.write();
            }
            let mut a3 = make();
            h0.s.read();
        }
        'l4: while cond() {
        }
    }
}

fn f257(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = &hp.s;
    hq.s = R::new();
    let mut h1 = ho;
    while cond() {
        q.write();
        let mut a2 = h1.s;
    }
    r0 = ho.t.me();
    let mut h3 = H::new();
    hp.s.read();
}

fn f258(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.t);
    let mut k0 = || { hq.t.write(); };
}

fn f259(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        look(&*q);
    }
}

fn f260(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut k1 = || { look(&hq.s); };
    let mut a2 = a0;
    let mut a3 = make();
    let mut r4 = if cond() { &a3 } else { &ho.t };
}

fn f261(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    if cond() {
        hlook(&*hq);
        let mut k1 = || { q.write(); };
        if cond() { return; }
        let mut r2 = if cond() { &a0 } else { &hp.t };
        htake(ho);
    } else {
    }
}

fn f262(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hq.s); };
    hq.s = o;
    poke(&mut *p);
    hpoke(&mut ho);
    let mut h1 = H::new();
    {
        let mut r2 = either(&hq.s, &o);
        take(o);
    }
    if cond() {
    }
}




fn f263<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        take(hq.s);
    }
    hlook(&*hp);
    return pick(&*q);
}

fn f264(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return hq.s; }
    let mut r0 = &o;
    o.write();
    'l1: while cond() {
        let mut a2 = make();
        hp.s = R::new();
        let mut m3 = &*hq;
        if cond() { return a2; }
        let mut m4 = &*m3;
        let mut h5 = H::new();
    }
    return hp.s;
}

fn f265(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut k1 = || { look(&hq.t); };
    let mut w2 = &mut o;
    let mut r3 = hp.s.me();
    match num() {
        0 => {
            r3 = either(&hq.t, &ho.t);
            let mut a4 = R::new();
            {
                let mut h5 = ho;
                w2.write();
                k1();
            }
        }
        _ => {
        }
    }
}

fn f266(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    hp.s.merge(&o);
    poke(&mut *p);
    if cond() {
    }
}




fn f267<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut ho.t;
    let mut k1 = || { p.write(); };
    hpoke(&mut *hp);
    hp.s.read();
    let mut a2 = o;
    let mut a3 = R::new();
    w0 = &mut o;
    let mut r4 = a3.me();
    let mut h5 = H::new();
    r4 = &ho.s;
    return if cond() { &hq.s } else { &o };
}




fn f269<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.s;
    look(&*p);
    let mut k1 = || { hq.s.write(); };
    look(&ho.t);
    let mut m2 = &*hp;
    let mut r3 = pick(&hp.s);
    {
        let mut a4 = R::new();
        poke(&mut ho.s);
    }
    return &*p;
}

fn f270(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    hlook(&ho);
    let mut r1 = &h0.s;
    let mut r2 = pick(&*p);
    let mut k3 = || { ho.t.write(); };
    let mut r4 = &o;
    let mut a5 = h0.t;
    let mut h6 = H::new();
}

fn f271(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        while cond() {
            let mut a0 = ho.t;
        }
        if cond() { return *p; }
        let mut r1 = if cond() { &hp.t } else { &hq.t };
    }
    return hp.s;
}

fn f272(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        take(hp.s);
    }
    if cond() {
        let mut w0 = &mut ho.s;
        w0 = &mut o;
        if cond() {
            htake(ho);
            let mut a1 = make();
            let mut k2 = || { look(&*q); };
            let mut a3 = make();
            w0 = &mut ho.t;
        }
    } else {
    }
}

fn f274(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        {
            if cond() { continue; }
            let mut k0 = || { look(&hp.t); };
        }
    }
}




fn f276<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.read();
    {
        let mut a0 = ho.s;
    }
    return hp.s.me();
}

fn f277(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    let mut k1 = || { look(&*p); };
    let mut h2 = H::new();
    h2.s.write();
    let mut h3 = H::new();
    take(ho.t);
}

fn f278(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    while cond() {
        let mut r0 = &*q;
        htake(ho);
        look(&ho.t);
        take(o);
    }
    q.write();
    {
        let mut r1 = &*p;
    }
}

fn f280(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.write();
    'l0: while cond() {
        let mut r1 = &ho.t;
        let mut a2 = ho.s;
        let mut r3 = &*q;
        let mut r4 = &hp.t;
        let mut a5 = ho.t;
    }
}

fn f281(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = o.me();
    if cond() { return; }
}

fn f282(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&ho.t);
    'l1: while cond() {
        r0.merge(&hp.s);
    }
    r0 = &hp.s;
    poke(&mut ho.t);
    ho.s = o;
    take(hq.s);
}

fn f283(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &hq.s } else { &o };
    let mut r1 = hp.t.me();
    let mut a2 = ho.s;
}

fn f284(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut h1 = ho;
        let mut r2 = &ho.s;
        h1.s = R::new();
        let mut a3 = make();
        poke(&mut a3);
        let mut m4 = &*hq;
        if cond() { break 'l0; }
    }
}

fn f285(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hq);
    if cond() { return; }
    while cond() {
        let mut a0 = o;
    }
}

fn f286(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    hlook(&ho);
    poke(&mut hq.t);
    let mut w0 = &mut o;
    'l1: while cond() {
        w0 = &mut hq.t;
        let mut w2 = &mut *p;
    }
}

fn f288(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    let mut a0 = make();
    take(hq.t);
    ho.s.write();
    poke(&mut *p);
    let mut k1 = || { look(&hq.t); };
}




fn f290<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &ho.t;
    q.write();
    look(&*r0);
    let mut w1 = &mut o;
    r0 = &*p;
    let mut a2 = R::new();
    if cond() {
        htake(ho);
        take(a2);
    } else {
        o = ho.t;
    }
    return o.me();
}

fn f291(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.merge(&o);
    let mut h0 = H::new();
    let mut h1 = H::new();
    {
        look(&*p);
        let mut m2 = &*hp;
        let mut k3 = || { look(&h0.t); };
        let mut a4 = h0.s;
    }
    look(&h0.s);
    return hp.s;
}

fn f293(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        if cond() {
            poke(&mut ho.s);
            while cond() {
                let mut h0 = H::new();
                let mut r1 = if cond() { &*p } else { &hp.s };
            }
        } else {
            let mut r2 = &hp.t;
            hlook(&ho);
            let mut r3 = &*p;
            r3 = pick(&ho.t);
            ho.s.write();
        }
    }
}

fn f296(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*p);
    let mut a0 = R::new();
    let mut h1 = ho;
    let mut k2 = || { ho.t.write(); };
    take(hp.t);
    let mut a3 = make();
    match num() {
        0 => {
            let mut h4 = H::new();
        }
        _ => {
        }
    }
}

fn f297(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut r1 = &o;
    let mut k2 = || { hp.t.write(); };
    hpoke(&mut *hp);
}

fn f298(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut ho.t;
    let mut a1 = o;
    return hp.s;
}

fn f299(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = p.me();
    let mut a1 = ho.t;
    while cond() {
        look(&hp.s);
        poke(&mut hq.t);
        let mut m2 = &*hp;
        hpoke(&mut *m2);
        let mut m3 = &*hp;
    }
    let mut a4 = R::new();
}




























impl H { fn f2(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        let mut r0 = pick(&ho.s);
        if cond() {
            hlook(&*hp);
            let mut k1 = || { look(&ho.t); };
        } else {
            q.read();
            p.read();
            let mut w2 = &mut ho.s;
        }
        hp.s = R::new();
    } else {
    }
    return *p;
} }


impl H { fn f6(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut ho.t);
    poke(&mut *q);
    {
        let mut a0 = o;
        let mut w1 = &mut self.t;
    }
    let mut a2 = make();
    return self.s;
} }

impl H { fn f9(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        ho.s = R::new();
    }
    let mut r0 = pick(&*p);
    r0 = &*r0;
    let mut w1 = &mut hq.s;
    let mut a2 = o;
} }

impl H { fn f13(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    take(ho.t);
    o.write();
    return self.t;
} }


impl H { fn f14(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*self;
    let mut a1 = o;
    let mut k2 = || { look(&self.s); };
    match num() {
        0 => {
            let mut r3 = if cond() { &ho.s } else { &hp.s };
            if cond() {
            } else {
            }
        }
        _ => {
        }
    }
} }


impl H { fn f15(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    take(a0);
    take(ho.s);
    let mut r1 = &ho.t;
    a0.merge(&self.s);
    take(hq.s);
    let mut k2 = || { hp.s.write(); };
    hlook(&*hp);
    take(self.t);
    if cond() {
    } else {
    }
} }

impl H { fn f22(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    hq.s = o;
    let mut a0 = make();
    look(&*p);
    look(&*p);
    if cond() {
        look(&*p);
        poke(&mut ho.s);
        let mut k1 = || { look(&self.s); };
    } else {
    }
} }

impl H { fn f26(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    take(self.t);
    let mut r1 = &hp.s;
    let mut k2 = || { look(&hp.s); };
    return *q;
} }


impl H { fn f36(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hp.t = R::new();
    let mut a0 = ho.t;
    let mut k1 = || { look(&hq.t); };
    let mut a2 = ho.t;
    let mut r3 = &hq.t;
    r3 = &*p;
    r3 = either(&hp.s, &ho.s);
    if cond() {
    } else {
    }
    return *q;
} }

impl H { fn f41(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut m1 = &ho;
    {
        let mut a2 = a0;
        let mut k3 = || { hq.s.write(); };
        take(o);
        let mut a4 = make();
        let mut r5 = &ho.t;
        self.t.merge(&a0);
        let mut a6 = a4;
    }
} }


impl H { fn f49(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut r1 = &o;
        if cond() { continue; }
        hlook(&*hq);
        let mut r2 = &*r1;
        let mut m3 = &*hq;
    }
} }


impl H { fn f54(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        hpoke(&mut *self);
        let mut a1 = R::new();
        let mut k2 = || { hp.t.write(); };
        while cond() {
            let mut m3 = &*self;
            htake(ho);
            poke(&mut hq.s);
            let mut k4 = || { look(&*q); };
        }
        let mut r5 = &hq.s;
        ho.s = R::new();
    }
} }


impl H { fn f56(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &*q;
    {
        let mut w1 = &mut self.s;
        hpoke(&mut ho);
        let mut a2 = o;
    }
    return hq.s;
} }

impl H { fn f63(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    let mut r1 = &*p;
    let mut a2 = ho.t;
    hq.t = R::new();
    hlook(&*hq);
    take(a2);
    let mut k3 = || { look(&ho.s); };
    a2.write();
    hlook(&*hp);
} }

impl H { fn f65(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    let mut a1 = make();
    look(&*p);
    hlook(&*hp);
    let mut m2 = &*hq;
    hlook(&*self);
    htake(ho);
    let mut r3 = &hq.s;
    let mut w4 = &mut a1;
} }


impl H { fn f83(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    o.read();
    self.s.read();
    let mut k0 = || { look(&hp.t); };
    poke(&mut *p);
    let mut a1 = ho.t;
    let mut h2 = H::new();
    let mut w3 = &mut self.s;
    let mut m4 = &h2;
    match num() {
        0 => {
            let mut r5 = &h2.s;
        }
        1 => {
        }
        _ => {
        }
    }
    return self.s;
} }

impl H { fn f85(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    q.merge(&hq.t);
    let mut r0 = &o;
    take(*r0);
    hlook(&ho);
    if cond() {
    } else {
    }
    return o;
} }

impl H { fn f94(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *self);
    while cond() {
    }
} }


impl H { fn f95(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut r1 = q.me();
    let mut r2 = &hp.s;
} }


impl H { fn f97(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    if cond() { return; }
    let mut h0 = H::new();
    if cond() { return; }
    o.write();
    hp.s.read();
    htake(h0);
    let mut r1 = either(&self.s, &*p);
    let mut w2 = &mut h0.t;
    let mut k3 = || { self.s.write(); };
    'l4: while cond() {
    }
} }

impl H { fn f98(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*p); };
    let mut r1 = &*p;
    r1 = &o;
    if cond() { return; }
    let mut m2 = &ho;
    let mut m3 = &*m2;
    let mut a4 = ho.t;
    let mut a5 = ho.t;
} }


impl H { fn f103(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut m1 = &*hq;
    }
} }

impl H { fn f109(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    let mut r0 = &*q;
    ho.s = R::new();
    let mut h1 = H::new();
    let mut m2 = &h1;
    hlook(&h1);
    hp.t.read();
    let mut h3 = H::new();
    {
    }
} }

impl H { fn f111(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            hq.t = o;
            hp.s.read();
            let mut k0 = || { hp.s.write(); };
            while cond() {
                {
                }
            }
        }
        _ => {
        }
    }
} }


impl H { fn f114(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = pick(&hp.t);
    p.write();
    let mut r1 = pick(&self.t);
    let mut m2 = &*hq;
    return hq.t;
} }

impl H { fn f115(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut k1 = || { look(&*q); };
    let mut r2 = &hp.t;
    {
        if cond() {
            let mut h3 = H::new();
        } else {
            r2.merge(pick(&ho.t));
            let mut r4 = if cond() { &*p } else { &a0 };
            if cond() { return; }
            if cond() {
            }
        }
    }
} }


impl H { fn f117(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.t.write(); };
    let mut h1 = ho;
    'l2: while cond() {
        let mut w3 = &mut hq.s;
        w3 = &mut *w3;
        k0();
    }
    self.t = R::new();
    let mut a4 = ho.t;
    q.write();
} }

impl H { fn f118(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t = ho.s;
    hp.s = R::new();
    poke(&mut *p);
    let mut r0 = if cond() { &o } else { &*q };
    return *q;
} }


impl H { fn f119(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    q.write();
    if cond() {
        poke(&mut hp.s);
        hpoke(&mut *self);
    }
} }


impl H { fn f137(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *hp);
    o.read();
    match num() {
        0 => {
            take(o);
            look(&hp.s);
            while cond() {
                if cond() {
                    let mut m0 = &*self;
                }
                hlook(&*hp);
            }
        }
        _ => {
        }
    }
    return *p;
} }

impl H { fn f141(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = R::new();
    let mut k0 = || { q.write(); };
    {
        let mut h1 = H::new();
        o.write();
        match num() {
            0 => {
                if cond() {
                    hlook(&*hp);
                } else {
                }
            }
            1 => {
            }
            _ => {
            }
        }
    }
} }


impl H { fn f153(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = R::new();
    self.s = R::new();
    if cond() { return; }
    let mut k0 = || { hp.s.write(); };
    poke(&mut *p);
    let mut r1 = &self.s;
} }

impl H { fn f155(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    m0.t.read();
    let mut a1 = o;
    a1.merge(&ho.t);
    let mut w2 = &mut self.t;
    ho.s.merge(&ho.s);
} }


impl H { fn f161(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    {
    }
} }

impl H { fn f163(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    if cond() {
        take(m0.s);
        if cond() {
            ho.t.merge(&hp.t);
        } else {
        }
    }
} }


impl H { fn f164(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        let mut a0 = o;
    }
    {
        htake(*hp);
    }
    poke(&mut hq.s);
    return hq.s;
} }

impl H { fn f169(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    let mut h1 = H::new();
    a0.write();
    let mut r2 = &a0;
    hlook(&*self);
    look(&self.s);
    match num() {
        0 => {
            let mut k3 = || { look(&hq.s); };
        }
        _ => {
        }
    }
    return self.t;
} }


impl H { fn f170(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &self.s;
    o = ho.t;
    htake(ho);
    look(&ho.s);
    hlook(&*self);
    r0.read();
    return ho.t;
} }


impl H { fn f172(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = o;
    htake(ho);
    let mut m0 = &ho;
} }


impl H { fn f173(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &self.s;
    let mut r1 = &hq.s;
    r0 = if cond() { &*p } else { &*q };
    o.write();
    let mut r2 = if cond() { &o } else { &ho.s };
    match num() {
        0 => {
        }
        _ => {
        }
    }
} }


impl H { fn f174(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        if cond() {
            p.merge(&*p);
            let mut k0 = || { look(&hp.s); };
            poke(&mut hq.t);
            match num() {
                0 => {
                    let mut r1 = &*p;
                }
                _ => {
                    take(ho.s);
                    let mut m2 = &*hp;
                }
            }
        }
        let mut h3 = H::new();
    }
} }


impl H { fn f180(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&ho.t, &*p);
    let mut r1 = p.me();
    if cond() { return; }
    let mut a2 = ho.t;
    let mut r3 = &hp.s;
    let mut h4 = H::new();
} }

impl H { fn f182(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.merge(&hp.t);
    let mut r0 = hq.s.me();
} }


impl H { fn f183(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.s = R::new();
    let mut a0 = make();
} }

impl H { fn f184(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut hp.s;
    w0 = &mut *w0;
    let mut k1 = || { look(&self.t); };
    while cond() {
        take(self.t);
    }
    self.t.write();
    ho.s = o;
    let mut r2 = &o;
    hq.s = o;
    return o;
} }

impl H { fn f194(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.write();
    let mut r0 = if cond() { &o } else { &self.s };
    {
        let mut r1 = &self.s;
        take(hq.s);
    }
    let mut w2 = &mut ho.s;
    if cond() { return; }
    while cond() {
        let mut w3 = &mut *w2;
        {
            if cond() { continue; }
        }
    }
} }


impl H { fn f197(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    match num() {
        0 => {
            let mut r0 = &*p;
            let mut m1 = &*self;
        }
        _ => {
        }
    }
} }

impl H { fn f211(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    while cond() {
        if cond() {
            let mut k0 = || { look(&*q); };
            let mut r1 = &o;
            self.s.read();
        }
        let mut a2 = o;
    }
} }

impl H { fn f212(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut self.t;
    let mut h1 = ho;
    hp.s.write();
    return *q;
} }

impl H { fn f216(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = either(&*q, &self.t);
    let mut r1 = &hp.t;
    {
        r0 = either(&*p, &*r0);
        let mut h2 = H::new();
    }
} }

impl H { fn f217(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut h1 = H::new();
    ho.s = R::new();
} }


impl H { fn f220(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    ho.s = R::new();
    if cond() { return; }
    let mut k1 = || { hp.s.write(); };
    let mut r2 = &ho.s;
} }

impl H { fn f221(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    hq.t = R::new();
    let mut a1 = ho.t;
    let mut k2 = || { hq.s.write(); };
    look(&hp.s);
    take(a1);
    let mut k3 = || { h0.t.write(); };
    let mut r4 = &self.t;
    k3();
    let mut r5 = pick(&h0.t);
} }


impl H { fn f224(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.read();
    if cond() {
        hlook(&*self);
        let mut r0 = &hp.t;
        let mut r1 = pick(&ho.t);
    }
    match num() {
        0 => {
            let mut k2 = || { look(&ho.t); };
            let mut r3 = either(&self.s, &*p);
        }
        _ => {
        }
    }
} }

impl H { fn f235(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    take(ho.s);
    let mut a1 = make();
    a1.merge(pick(&*r0));
    let mut r2 = pick(&hp.t);
    if cond() { return; }
    let mut r3 = &hq.s;
    if cond() { return; }
    let mut a4 = o;
    let mut r5 = if cond() { &hq.s } else { &*r0 };
    if cond() {
    } else {
    }
} }

impl H { fn f243(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut r1 = either(&hp.s, &o);
    take(o);
    let mut h2 = H::new();
} }


impl H { fn f245(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &*q;
    let mut m1 = &*hp;
    self.s.merge(&m1.s);
    let mut m2 = &ho;
    let mut m3 = &*self;
    return hq.t;
} }


impl H { fn f248(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hp.t;
    while cond() {
        let mut r1 = &ho.t;
        let mut a2 = R::new();
        let mut a3 = make();
        if cond() { continue; }
        let mut k4 = || { look(&self.s); };
        poke(&mut *q);
        if cond() { break; }
    }
    return ho.t;
} }

impl H { fn f249(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(hp.s);
    look(&self.s);
    let mut a0 = R::new();
} }


impl H { fn f254(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    take(self.s);
    while cond() {
        let mut k1 = || { h0.s.write(); };
    }
    let mut r2 = either(&ho.s, &self.t);
    ho.t = R::new();
    p.read();
    let mut h3 = ho;
    let mut h4 = H::new();
} }


impl H { fn f255(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        if cond() { return; }
        if cond() { return; }
        let mut a0 = ho.s;
    }
} }

impl H { fn f268(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut a1 = ho.s;
    while cond() {
        match num() {
            0 => {
                let mut r2 = if cond() { &*q } else { &a1 };
                hlook(&*hp);
            }
            _ => {
                let mut r3 = &*p;
            }
        }
    }
    if cond() { return; }
    while cond() {
    }
} }


impl H { fn f273(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.merge(&self.t);
    ho.t = R::new();
    ho.t = R::new();
    let mut r0 = &self.s;
    let mut r1 = if cond() { &*p } else { &ho.t };
    let mut a2 = o;
    take(ho.t);
    'l3: while cond() {
        let mut r4 = &hq.s;
        if cond() { break 'l3; }
    }
} }


impl H { fn f275(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&*q); };
    let mut r1 = pick(&self.t);
    let mut r2 = &*r1;
    take(ho.t);
    let mut a3 = o;
    let mut a4 = a3;
    k0();
    return o;
} }


impl H { fn f279(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = ho.t.me();
    let mut r1 = ho.s.me();
    while cond() {
        while cond() {
            let mut k2 = || { look(&self.s); };
            self.t = o;
            let mut r3 = &*q;
        }
    }
} }

impl H { fn f287(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hp.t;
    let mut a1 = o;
    let mut a2 = o;
    if cond() {
    } else {
    }
} }

impl H { fn f289(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.s.write();
    let mut w0 = &mut self.s;
    poke(&mut *w0);
    look(&self.s);
    if cond() {
    } else {
    }
} }

impl H { fn f292(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        let mut r0 = &ho.t;
        let mut r1 = pick(&*p);
        r0.merge(&ho.s);
        while cond() {
            match num() {
                0 => {
                    o.read();
                    let mut r2 = &hq.s;
                }
                _ => {
                    let mut a3 = make();
                    take(*q);
                    r0.read();
                }
            }
        }
    }
    return *q;
} }


impl H { fn f294(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    look(&*p);
    let mut r0 = &o;
    let mut m1 = &*self;
    while cond() {
        if cond() {
            take(ho.s);
            let mut r2 = either(&m1.s, &o);
            while cond() {
                hq.s.merge(&o);
            }
        }
    }
} }


impl H { fn f295(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*q); };
    hq.s.write();
    let mut a1 = ho.s;
    poke(&mut *q);
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
