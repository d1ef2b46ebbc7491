#![allow(unused)]

















































fn f0(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut a1 = o;
    a0 = R::new();
}

fn f1(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut r0 = &o;
}

fn f3(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    while cond() {
        let mut k1 = || { look(&ho.t); };
    }
}




fn f4<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return pick(&*q); }
    take(*p);
    let mut h0 = H::new();
    while cond() {
        let mut h1 = H::new();
    }
    let mut r2 = either(&*p, &*q);
    if cond() { return &hp.s; }
    if cond() { return &ho.s; }
    if cond() {
        let mut h3 = H::new();
        while cond() {
        }
    } else {
    }
    return &*q;
}




fn f5<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&*q); };
    take(o);
    let mut a1 = o;
    o.write();
    let mut a2 = R::new();
    let mut a3 = o;
    let mut r4 = pick(&o);
    let mut r5 = either(&*r4, &o);
    take(hp.s);
    let mut r6 = either(&a2, &*r5);
    return &*p;
}




fn f6<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hp);
    let mut a0 = R::new();
    return either(&ho.s, &hp.t);
}

fn f7(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        let mut r0 = &hp.s;
    }
    let mut w1 = &mut o;
    let mut a2 = ho.t;
    return *p;
}

fn f8(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    if cond() { return; }
    while cond() {
        o.write();
        q.write();
        let mut m1 = &*hq;
    }
}




fn f11<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &ho;
    poke(&mut *p);
    let mut w1 = &mut o;
    let mut w2 = &mut o;
    while cond() {
        take(hp.s);
    }
    let mut a3 = make();
    a3 = R::new();
    return if cond() { &*q } else { &o };
}

fn f13(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut k0 = || { look(&ho.s); };
    let mut r1 = &*p;
    let mut r2 = pick(&*q);
    let mut a3 = make();
    if cond() { return; }
}




fn f17<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    if cond() {
        let mut r1 = &hp.t;
        let mut k2 = || { h0.s.write(); };
        let mut r3 = if cond() { &*p } else { &hq.s };
    } else {
    }
    return hq.s.me();
}

fn f19(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    take(o);
    if cond() {
        hp.t = R::new();
    }
}




fn f20<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = make();
    let mut a1 = ho.t;
    a0.merge(&hp.s);
    if cond() { return a1.me(); }
    q.read();
    return pick(&*p);
}

fn f21(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    if cond() {
        hq.s.read();
    } else {
        look(&hq.t);
    }
}

fn f22(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    {
        htake(*hp);
    }
    o.write();
    return o;
}




fn f23<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&ho);
    let mut h0 = ho;
    let mut k1 = || { look(&*p); };
    hpoke(&mut h0);
    let mut a2 = make();
    let mut w3 = &mut *q;
    return either(&*p, &o);
}

fn f24(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    if cond() {
        o.read();
        k0();
        let mut w1 = &mut o;
    }
    htake(ho);
    let mut h2 = H::new();
    let mut k3 = || { hp.t.write(); };
    let mut w4 = &mut *q;
    let mut m5 = &*hp;
    let mut k6 = || { look(&m5.s); };
}

fn f25(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    {
        htake(*hp);
        hq.t = ho.t;
        look(&hq.s);
        p.read();
    }
    ho.t.merge(&ho.t);
    let mut r0 = &hp.t;
    take(ho.t);
    take(ho.s);
    ho.t = R::new();
    return hp.s;
}




fn f26<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut ho);
    if cond() { return &*p; }
    hlook(&ho);
    look(&ho.t);
    'l0: while cond() {
        htake(ho);
    }
    return if cond() { &hq.t } else { &hp.s };
}

fn f27(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    let mut a0 = R::new();
    ho.s.write();
    let mut a1 = ho.s;
    while cond() {
        hp.t.write();
    }
    hq.s.write();
    {
        let mut a2 = make();
        let mut k3 = || { ho.s.write(); };
        let mut r4 = &a1;
    }
}

fn f29(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&ho.s);
    ho.s.merge(if cond() { &ho.s } else { &hq.s });
    while cond() {
        hlook(&ho);
        let mut h1 = ho;
        ho.t.read();
    }
}




fn f31<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &ho.s;
    hlook(&*hp);
    return &hp.t;
}

fn f33(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.s;
    let mut k1 = || { q.write(); };
    let mut r2 = &hp.t;
    if cond() { return; }
    if cond() { return; }
    htake(ho);
    let mut h3 = H::new();
}




fn f35<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = R::new();
    let mut a0 = o;
    let mut a1 = ho.t;
    a0.read();
    return pick(&*p);
}

fn f36(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    if cond() {
    }
}




fn f39<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.s);
    if cond() {
        while cond() {
            let mut r0 = &o;
        }
        p.read();
        while cond() {
            if cond() { break; }
            let mut a1 = R::new();
            look(&*p);
        }
        let mut a2 = R::new();
        take(o);
    } else {
    }
    return pick(&o);
}




fn f40<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = o;
    let mut w0 = &mut *q;
    let mut r1 = &*p;
    take(*r1);
    let mut k2 = || { q.write(); };
    let mut a3 = R::new();
    hlook(&*hq);
    htake(ho);
    return pick(&hq.t);
}




fn f41<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    ho.t = a0;
    let mut r1 = &*p;
    let mut m2 = &*hq;
    look(&o);
    let mut a3 = a0;
    let mut r4 = either(&*q, &m2.s);
    r1 = if cond() { &*r1 } else { &ho.t };
    let mut k5 = || { hp.t.write(); };
    let mut m6 = &*hp;
    let mut m7 = &*hq;
    return if cond() { &*p } else { &*q };
}




fn f42<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut m0 = &*hq;
    } else {
    }
    return &o;
}

fn f44(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = if cond() { &ho.s } else { &*q };
    r0 = &o;
    let mut a1 = make();
    let mut h2 = H::new();
    let mut h3 = ho;
    let mut m4 = &h3;
    let mut w5 = &mut *q;
    let mut r6 = &*q;
    r0.read();
    ho.t.write();
    return *p;
}

fn f46(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    {
        hp.t.write();
        let mut w0 = &mut ho.t;
        hlook(&*hp);
        if cond() {
            let mut k1 = || { look(&hp.s); };
        } else {
        }
    }
    return *q;
}




fn f47<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    poke(&mut hp.t);
    let mut a0 = R::new();
    htake(ho);
    htake(ho);
    let mut r1 = q.me();
    let mut r2 = &*p;
    if cond() {
        q.write();
        poke(&mut *r1);
        let mut k3 = || { q.write(); };
    }
    return &hp.s;
}

fn f48(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    let mut m1 = &*hq;
    q.merge(&*r0);
}

fn f50(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    if cond() {
        let mut a1 = o;
    }
    take(o);
    while cond() {
        ho.s = o;
    }
}

fn f51(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.t;
    hlook(&*hp);
    let mut a1 = make();
    hpoke(&mut *hp);
    a1.merge(&o);
    let mut r2 = &hq.t;
    hlook(&*hp);
    hlook(&*hq);
    ho.t = ho.s;
    {
        {
        }
    }
}

fn f52(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.t);
    hp.t = R::new();
    let mut h0 = ho;
    ho.t = R::new();
    let mut a1 = ho.s;
    o = a1;
    return ho.t;
}

fn f53(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.s;
    let mut a1 = ho.t;
}

fn f54(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    look(&*p);
    let mut a0 = R::new();
    while cond() {
        let mut r1 = &o;
        if cond() { return; }
        let mut a2 = R::new();
    }
    ho.s.merge(&ho.s);
}




fn f55<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut a0 = R::new();
        o.merge(&*p);
    }
    return pick(&*q);
}

fn f57(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut r1 = &hp.t;
}

fn f58(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.write();
    let mut a0 = R::new();
    let mut a1 = make();
    look(&hp.t);
}

fn f59(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut r0 = &hq.t;
    } else {
        let mut h1 = H::new();
    }
    let mut r2 = p.me();
    let mut m3 = &*hq;
    let mut a4 = make();
    if cond() {
        let mut r5 = a4.me();
        let mut m6 = &*hp;
        if cond() {
            hpoke(&mut *m6);
        }
    } else {
    }
}

fn f60(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    look(&hq.s);
    let mut r0 = &*p;
    let mut a1 = R::new();
    let mut r2 = &hp.t;
    o.write();
}

fn f61(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    a0 = R::new();
    if cond() {
        'l1: while cond() {
        }
    } else {
    }
}

fn f63(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut r0 = &*q;
    let mut w1 = &mut *q;
    while cond() {
        w1 = &mut *q;
        let mut r2 = &hq.s;
        p.write();
        while cond() {
        }
    }
}

fn f64(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut a0 = make();
}

fn f65(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hq.s = R::new();
        while cond() {
            let mut w0 = &mut o;
            let mut a1 = make();
            'l2: while cond() {
            }
        }
    }
}

fn f66(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut a0 = ho.t;
    take(a0);
    while cond() {
        {
            let mut w1 = &mut hp.s;
        }
        poke(&mut *p);
    }
}

fn f69(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut h1 = ho;
    if cond() { return; }
    r0 = &*r0;
    let mut k2 = || { hp.s.write(); };
}

fn f70(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    if cond() { return; }
    let mut r1 = pick(&ho.t);
    r1 = p.me();
    let mut r2 = hp.t.me();
    {
        take(o);
    }
    look(&h0.s);
    r2 = &*q;
    let mut w3 = &mut hq.t;
}

fn f71(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    hp.s.write();
    if cond() {
        let mut w0 = &mut hp.s;
        if cond() {
            let mut m1 = &ho;
            w0 = &mut m1.s;
            let mut h2 = ho;
        }
    } else {
    }
}

fn f72(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    q.write();
    let mut k1 = || { look(&hq.t); };
    htake(*hq);
    p.merge(&*q);
    take(hq.t);
    let mut a2 = R::new();
}

fn f75(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    if cond() {
        'l0: while cond() {
            q.write();
        }
        ho.t = R::new();
        let mut a1 = make();
        if cond() {
            take(a1);
            take(a1);
            if cond() {
            }
        }
    } else {
    }
}

fn f76(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        let mut r1 = &*p;
    }
    let mut r2 = pick(&hq.s);
    while cond() {
        let mut r3 = &hq.t;
        let mut r4 = hp.t.me();
    }
    return *q;
}

fn f77(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.t);
    let mut m0 = &*hp;
    take(m0.s);
    take(ho.s);
    if cond() {
        let mut k1 = || { look(&hp.s); };
    } else {
        let mut r2 = &m0.s;
        let mut h3 = H::new();
        let mut w4 = &mut hq.t;
        let mut m5 = &*m0;
    }
    let mut a6 = ho.s;
    return hq.s;
}




fn f78<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        poke(&mut hq.t);
    }
    return either(&ho.s, &*q);
}

fn f79(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.s); };
    hpoke(&mut *hp);
    let mut r1 = &ho.s;
    let mut k2 = || { ho.t.write(); };
    take(*q);
    let mut h3 = ho;
    look(&o);
    let mut r4 = &h3.s;
    let mut a5 = R::new();
    let mut a6 = make();
}

fn f81(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = q.me();
    take(ho.s);
    htake(*hp);
}

fn f82(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        let mut a0 = o;
        poke(&mut *q);
        if cond() {
            let mut k1 = || { look(&ho.t); };
            let mut k2 = || { ho.t.write(); };
            hpoke(&mut ho);
        } else {
            let mut h3 = H::new();
        }
        let mut r4 = &*q;
    }
    return hp.s;
}

fn f84(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.s.write(); };
    p.read();
    let mut w1 = &mut hq.s;
    let mut a2 = make();
    let mut a3 = R::new();
    ho.s = R::new();
    let mut a4 = R::new();
    let mut a5 = make();
    let mut a6 = a4;
    w1.merge(&*w1);
    let mut k7 = || { look(&hp.s); };
}

fn f85(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hq);
    if cond() {
        while cond() {
            let mut h0 = H::new();
            look(&h0.s);
            let mut w1 = &mut hq.s;
            htake(h0);
            ho.t.read();
            let mut m2 = &h0;
            {
                w1 = &mut h0.s;
            }
        }
    } else {
    }
}

fn f86(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    let mut k0 = || { hp.t.write(); };
    let mut r1 = hq.t.me();
    if cond() {
        let mut r2 = hp.s.me();
    } else {
    }
}




fn f88<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut ho.s;
    let mut k1 = || { hp.t.write(); };
    w0.write();
    let mut k2 = || { ho.s.write(); };
    let mut h3 = ho;
    let mut r4 = q.me();
    {
        w0 = &mut o;
    }
    let mut h5 = ho;
    poke(&mut o);
    return if cond() { &hp.t } else { &ho.s };
}




fn f89<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return &hq.t; }
    htake(ho);
    let mut k0 = || { hp.s.write(); };
    o.write();
    return &hp.t;
}

fn f90(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.read();
    let mut r0 = &ho.s;
    htake(ho);
    hq.s = R::new();
    if cond() {
        r0 = &o;
        hpoke(&mut *hq);
    }
}

fn f92(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.s;
    poke(&mut hp.t);
}

fn f93(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    while cond() {
        let mut a1 = R::new();
    }
}

fn f94(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = &hp.t;
    take(*r0);
    while cond() {
        let mut r1 = pick(&ho.s);
    }
    let mut a2 = o;
    while cond() {
    }
}




fn f95<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.t = R::new();
    hlook(&*hp);
    let mut k0 = || { look(&*p); };
    {
        hpoke(&mut ho);
    }
    return &o;
}

fn f96(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    q.read();
    let mut a0 = R::new();
    while cond() {
        if cond() { continue; }
        if cond() {
        } else {
        }
    }
}

fn f98(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s.read();
    hpoke(&mut ho);
    let mut r0 = hq.t.me();
    if cond() { return; }
}




fn f99<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&hq.s);
    hq.t = R::new();
    poke(&mut *q);
    let mut h0 = ho;
    return &hp.t;
}

fn f101(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *hp);
    ho.s = R::new();
    let mut r0 = &*q;
    return hq.t;
}

fn f102(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.write();
    'l0: while cond() {
        take(o);
        let mut h1 = H::new();
        while cond() {
        }
    }
}

fn f103(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    o.read();
    if cond() {
        let mut m0 = &ho;
    } else {
    }
    return hq.s;
}

fn f104(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut w1 = &mut o;
}

fn f105(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    let mut a0 = ho.s;
    poke(&mut *q);
    let mut w1 = &mut hq.s;
    let mut a2 = make();
    hp.s.read();
    let mut a3 = ho.t;
    let mut a4 = o;
    let mut a5 = R::new();
    let mut a6 = make();
}

fn f106(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.merge(&o);
    {
        while cond() {
            hpoke(&mut *hp);
        }
    }
}

fn f107(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut r1 = &o;
    h0.t = R::new();
    let mut a2 = ho.s;
    hpoke(&mut h0);
    poke(&mut hq.s);
    take(ho.t);
    look(&ho.t);
    let mut h3 = ho;
}

fn f108(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut *p);
    p.read();
    let mut h0 = H::new();
    let mut h1 = ho;
    let mut h2 = H::new();
    let mut w3 = &mut h1.s;
}

fn f109(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.read();
    let mut a0 = R::new();
    if cond() { return; }
    let mut a1 = o;
    ho.t = R::new();
    if cond() { return; }
    let mut a2 = R::new();
}




fn f111<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    ho.t = R::new();
    let mut r1 = pick(&*p);
    take(o);
    let mut w2 = &mut hq.t;
    o.merge(o.me());
    hq.s = ho.t;
    take(o);
    let mut a3 = make();
    'l4: while cond() {
        if cond() { return &a3; }
    }
    return &ho.s;
}




fn f113<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    poke(&mut ho.s);
    let mut a0 = o;
    let mut w1 = &mut ho.t;
    return &hq.s;
}

fn f114(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = p.me();
    if cond() {
        poke(&mut ho.t);
    } else {
    }
}

fn f115(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    if cond() {
        'l0: while cond() {
            let mut a1 = ho.s;
            hq.s = R::new();
            take(*p);
            hq.t.read();
        }
        take(ho.s);
    } else {
        let mut r2 = &*p;
        let mut h3 = H::new();
        let mut m4 = &h3;
    }
}

fn f116(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    let mut a1 = make();
    let mut k2 = || { look(&hq.s); };
    hp.s = ho.t;
    r0.write();
}

fn f117(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hp);
    if cond() { return; }
    take(o);
    let mut r0 = &*p;
    let mut h1 = ho;
    let mut w2 = &mut hq.t;
    let mut a3 = h1.t;
    hlook(&h1);
    take(o);
    hq.t.merge(&*w2);
    'l4: while cond() {
    }
}

fn f119(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        take(o);
        if cond() {
            q.read();
        }
    }
}

fn f120(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(&o);
    'l0: while cond() {
        let mut r1 = &hq.t;
    }
    let mut k2 = || { look(&hq.s); };
    let mut m3 = &*hp;
}




fn f121<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s.write();
    let mut r0 = &hq.s;
    return o.me();
}




fn f122<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.s;
    let mut w1 = &mut ho.t;
    let mut m2 = &*hp;
    return &*q;
}

fn f123(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &hp.t } else { &*q };
    ho.t.merge(&*q);
    let mut r1 = &*p;
    poke(&mut *q);
}

fn f125(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut h0 = H::new();
        let mut r1 = &hq.t;
        let mut w2 = &mut hp.t;
        if cond() { return; }
    }
    let mut a3 = o;
}




fn f127<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut h0 = ho;
        let mut h1 = h0;
        let mut r2 = if cond() { &*p } else { &h0.s };
    }
    look(&hq.s);
    if cond() {
        let mut k3 = || { hp.s.write(); };
        if cond() {
            let mut h4 = H::new();
        } else {
            hp.t.read();
            if cond() { return q.me(); }
        }
    } else {
    }
    return hq.s.me();
}




fn f128<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = make();
    look(&o);
    let mut r1 = &ho.s;
    let mut h2 = H::new();
    if cond() {
    }
    return hq.s.me();
}

fn f129(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    take(*r0);
}




fn f130<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.read();
    if cond() { return &o; }
    let mut r0 = &ho.s;
    let mut a1 = o;
    let mut a2 = R::new();
    if cond() {
        r0 = &hq.t;
        let mut m3 = &*hq;
        let mut h4 = H::new();
        look(&ho.t);
    } else {
    }
    return pick(&hq.t);
}

fn f131(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut r0 = p.me();
    let mut h1 = H::new();
    poke(&mut o);
}

fn f133(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hp.s);
    look(&ho.t);
}

fn f134(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    hp.s.merge(&hp.s);
}

fn f136(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    let mut k0 = || { look(&ho.s); };
    look(&*q);
    let mut r1 = if cond() { &ho.s } else { &*q };
    r1 = pick(&ho.s);
    {
    }
}

fn f137(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    look(&o);
    q.write();
    let mut k0 = || { look(&hp.t); };
    let mut r1 = pick(&*p);
    r1 = &hp.t;
    let mut a2 = make();
}




fn f138<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.s = ho.s;
    hlook(&*hq);
    hq.s = R::new();
    q.merge(&hp.t);
    let mut h0 = ho;
    let mut a1 = R::new();
    take(o);
    let mut m2 = &h0;
    let mut r3 = &*q;
    return either(&hq.s, &o);
}

fn f139(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.s);
    let mut h0 = ho;
}

fn f140(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    let mut a0 = ho.s;
    poke(&mut *p);
    let mut r1 = if cond() { &hp.t } else { &o };
    take(a0);
    while cond() {
        let mut a2 = R::new();
    }
    let mut h3 = H::new();
    let mut a4 = o;
    let mut r5 = if cond() { &h3.s } else { &h3.t };
}




fn f141<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = o;
    let mut m1 = &*hq;
    a0.write();
    let mut a2 = make();
    let mut r3 = &a0;
    let mut r4 = &a2;
    let mut k5 = || { m1.s.write(); };
    while cond() {
        ho.t = R::new();
        while cond() {
        }
    }
    return pick(&*p);
}




fn f142<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    while cond() {
        {
            take(*p);
            let mut r0 = if cond() { &hq.s } else { &ho.t };
            poke(&mut *p);
            while cond() {
                let mut a1 = o;
            }
            let mut m2 = &*hp;
            r0 = pick(&hp.t);
        }
        let mut a3 = o;
        look(&*q);
    }
    return &ho.t;
}

fn f143(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hlook(&ho);
    look(&hp.s);
    poke(&mut *p);
    let mut r0 = &*q;
    hpoke(&mut *hp);
    return hp.s;
}

fn f145(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        look(&*q);
    }
    let mut r0 = o.me();
    look(&o);
}

fn f147(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hp);
    hpoke(&mut *hp);
    let mut r0 = &ho.t;
    let mut a1 = make();
    ho.s = R::new();
}

fn f148(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    let mut a1 = o;
    hq.t = R::new();
    let mut h2 = H::new();
    hlook(&ho);
}

fn f149(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        take(o);
        hq.s = R::new();
    } else {
    }
}

fn f150(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    if cond() {
        hp.t.merge(&*p);
        'l0: while cond() {
            if cond() {
                hpoke(&mut *hq);
            } else {
                let mut r1 = &*q;
                take(ho.s);
                let mut a2 = make();
            }
        }
    }
}




fn f151<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.t;
    hlook(&*hp);
    look(&*q);
    if cond() {
        hlook(&*hq);
        poke(&mut ho.s);
        let mut r1 = p.me();
        if cond() {
            poke(&mut hq.t);
        }
    } else {
        let mut r2 = &*p;
    }
    return &o;
}




fn f152<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut h1 = h0;
    return &hq.s;
}




fn f153<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t = ho.t;
    {
        take(hq.s);
        let mut r0 = pick(&hp.s);
    }
    take(ho.s);
    hlook(&*hq);
    let mut m1 = &*hp;
    look(&ho.t);
    o.write();
    if cond() { return hq.s.me(); }
    take(o);
    return &ho.s;
}

fn f154(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    ho.s = o;
    hp.s.write();
    let mut m0 = &*hp;
    take(ho.s);
    let mut r1 = &m0.t;
    take(ho.t);
    {
        let mut m2 = &*hq;
    }
}

fn f155(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        if cond() { return; }
    }
    hq.s.write();
    let mut a0 = make();
    poke(&mut *q);
    hlook(&*hq);
    q.merge(&a0);
    take(*p);
    let mut r1 = either(&o, &*q);
}

fn f156(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    q.read();
    poke(&mut hp.t);
    look(&o);
    let mut k0 = || { look(&*p); };
    let mut r1 = if cond() { &*q } else { &*q };
    if cond() {
        let mut r2 = if cond() { &ho.s } else { &*q };
    }
    if cond() {
    } else {
    }
}

fn f158(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.read();
    let mut r0 = &hp.s;
    p.merge(&ho.s);
    hpoke(&mut *hp);
}

fn f160(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*q);
    if cond() {
        let mut a0 = make();
        let mut m1 = &*hp;
    } else {
        let mut a2 = R::new();
        hq.t.write();
        take(a2);
    }
}




fn f161<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t = R::new();
    hp.s.write();
    return ho.t.me();
}




fn f162<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return pick(&hp.t); }
    let mut r0 = &o;
    if cond() {
    }
    return pick(&*q);
}




fn f164<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut h0 = H::new();
        let mut r1 = &hp.t;
    }
    let mut a2 = make();
    let mut r3 = &*q;
    if cond() { return &*q; }
    let mut r4 = &*r3;
    hlook(&*hq);
    look(&*r4);
    let mut h5 = ho;
    return either(&ho.t, &*q);
}




fn f165<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&hq.s); };
    k0();
    q.write();
    poke(&mut ho.t);
    let mut h1 = ho;
    hlook(&h1);
    if cond() {
        hp.s.write();
    }
    return &*q;
}

fn f167(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut w0 = &mut *q;
        let mut k1 = || { ho.t.write(); };
        let mut k2 = || { look(&hp.t); };
    }
    if cond() {
        let mut m3 = &ho;
        let mut a4 = ho.t;
        a4.read();
    } else {
    }
}

fn f168(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut h0 = ho;
        if cond() { return; }
    }
    let mut r1 = q.me();
    o.read();
    look(&*p);
}




fn f170<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    p.read();
    let mut k0 = || { hq.t.write(); };
    let mut r1 = pick(&o);
    k0();
    hq.t.merge(&*p);
    hp.s = R::new();
    let mut a2 = o;
    return if cond() { &hq.t } else { &hp.t };
}

fn f171(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    ho.t = R::new();
    poke(&mut hp.t);
    take(o);
    let mut r0 = if cond() { &hq.s } else { &hp.s };
    hlook(&*hp);
    look(&ho.s);
    let mut k1 = || { look(&hp.t); };
    q.write();
    let mut r2 = ho.t.me();
}

fn f174(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    if cond() {
        {
            let mut h0 = H::new();
            let mut h1 = H::new();
            let mut a2 = make();
            let mut r3 = &*q;
            let mut h4 = H::new();
            take(ho.t);
            let mut r5 = &h0.t;
        }
    } else {
    }
}




fn f175<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(o);
    let mut a0 = o;
    {
        poke(&mut *p);
        if cond() { return &o; }
    }
    a0.merge(&hp.t);
    if cond() { return &o; }
    take(o);
    let mut m1 = &ho;
    let mut a2 = a0;
    return pick(&hp.t);
}




fn f176<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = pick(&o);
    p.read();
    let mut h1 = ho;
    let mut a2 = h1.s;
    let mut a3 = h1.t;
    p.write();
    while cond() {
        while cond() {
            while cond() {
                poke(&mut hq.t);
                take(hp.s);
            }
        }
    }
    return &hq.t;
}




fn f177<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&*p); };
    if cond() { return &hq.s; }
    let mut w1 = &mut hq.t;
    let mut a2 = o;
    let mut m3 = &*hq;
    let mut h4 = H::new();
    let mut r5 = either(&*q, &o);
    htake(ho);
    hlook(&h4);
    return &hq.s;
}

fn f178(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.t); };
    let mut m1 = &*hp;
    let mut r2 = if cond() { &*q } else { &o };
    hpoke(&mut ho);
    o.read();
    let mut r3 = if cond() { &*q } else { &*q };
    take(o);
    let mut k4 = || { hq.s.write(); };
}

fn f180(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.merge(&*p);
    q.read();
    look(&*q);
    take(hq.s);
    if cond() {
        let mut m0 = &ho;
        if cond() { return; }
    }
    let mut h1 = ho;
}

fn f181(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    if cond() { return; }
}

fn f184(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    ho.t.write();
    {
        let mut a1 = o;
        look(&*r0);
    }
    r0 = &o;
    while cond() {
        let mut r2 = &hp.s;
        take(hp.s);
        let mut h3 = H::new();
        hq.t = R::new();
    }
}

fn f186(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    take(o);
    ho.s = o;
    let mut w1 = &mut hq.t;
    let mut h2 = ho;
    let mut h3 = H::new();
    {
        if cond() {
            if cond() { return; }
            htake(*hq);
        } else {
        }
    }
}




fn f187<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &o;
    htake(ho);
    take(o);
    if cond() { return either(&ho.t, &hq.s); }
    poke(&mut hq.s);
    return &hp.t;
}

fn f188(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    ho.t.merge(pick(&*p));
    p.merge(&*p);
    let mut a0 = R::new();
    let mut r1 = &hq.t;
}

fn f189(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&ho.t); };
    {
    }
    return hq.t;
}




fn f190<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&hq.t); };
    take(ho.t);
    let mut h1 = H::new();
    let mut a2 = ho.s;
    k0();
    let mut h3 = H::new();
    let mut r4 = &h1.s;
    let mut h5 = ho;
    return hp.t.me();
}

fn f191(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = R::new();
    ho.t.read();
    let mut a1 = R::new();
    if cond() { return hp.s; }
    return *q;
}

fn f192(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hlook(&ho);
    look(&*q);
    let mut r0 = p.me();
    let mut w1 = &mut hq.t;
    let mut a2 = o;
    if cond() {
    } else {
    }
    return *q;
}

fn f194(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    if cond() {
        let mut r1 = &a0;
        while cond() {
            let mut h2 = H::new();
        }
        let mut k3 = || { ho.t.write(); };
        if cond() {
            {
                hq.t.read();
            }
        } else {
        }
    } else {
    }
}

fn f195(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.write();
    let mut r0 = if cond() { &hp.t } else { &hq.s };
    let mut h1 = H::new();
    take(h1.s);
}

fn f196(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.s);
    q.merge(&*p);
    look(&hp.s);
    look(&*p);
}

fn f197(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        hp.s.read();
        'l0: while cond() {
            if cond() {
                let mut a1 = R::new();
                htake(ho);
                take(hp.s);
                hpoke(&mut *hp);
            } else {
                let mut a2 = o;
            }
        }
    }
}

fn f198(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut a0 = R::new();
    } else {
        poke(&mut *p);
    }
}

fn f199(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut h1 = H::new();
    'l2: while cond() {
        let mut r3 = h1.s.me();
    }
    let mut k4 = || { look(&*q); };
    poke(&mut ho.s);
    k4();
    let mut a5 = R::new();
    hq.s.merge(&hq.t);
    let mut r6 = &*p;
    let mut r7 = &o;
}




fn f200<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        {
            let mut k0 = || { hq.s.write(); };
            take(hp.s);
            poke(&mut *p);
            let mut k1 = || { p.write(); };
        }
        let mut a2 = o;
    }
    return &ho.t;
}

fn f201(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.t;
    let mut k1 = || { hp.s.write(); };
    let mut a2 = make();
}




fn f203<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { hp.t.write(); };
    let mut w1 = &mut ho.s;
    k0();
    hlook(&ho);
    let mut h2 = H::new();
    while cond() {
        look(&h2.s);
        p.write();
    }
    return p.me();
}

fn f204(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut h1 = ho;
    if cond() {
        let mut a2 = ho.t;
        let mut h3 = H::new();
        look(&hq.t);
    } else {
    }
}




fn f205<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = either(&ho.t, &ho.s);
    let mut r1 = &*r0;
    let mut h2 = ho;
    return &hp.t;
}

fn f207(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    hlook(&*hp);
    let mut a0 = ho.t;
    let mut a1 = R::new();
    take(ho.t);
    let mut a2 = make();
    let mut r3 = either(&*q, &o);
    let mut h4 = H::new();
}




fn f208<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut a1 = ho.s;
    if cond() {
        let mut m2 = &h0;
        hlook(&*m2);
        let mut k3 = || { look(&*q); };
        let mut k4 = || { ho.t.write(); };
        hq.s.read();
    } else {
    }
    return &hq.s;
}

fn f210(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut a0 = ho.t;
    let mut m1 = &*hq;
    let mut r2 = &m1.t;
    let mut k3 = || { q.write(); };
    ho.s.write();
    r2 = &hq.s;
    ho.s = ho.t;
    hq.s.merge(either(&m1.t, &*q));
    hpoke(&mut *hq);
    let mut a4 = R::new();
}

fn f211(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    let mut a1 = make();
    let mut r2 = &hp.s;
    let mut a3 = make();
    while cond() {
    }
}

fn f212(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hq.t); };
    let mut r1 = pick(&o);
}




fn f213<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    ho.t.write();
    'l0: while cond() {
    }
    return &o;
}




fn f218<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &o;
    while cond() {
        hpoke(&mut *hp);
        let mut r1 = pick(&*q);
        look(&*q);
        let mut r2 = &*q;
    }
    r0 = &*p;
    if cond() {
        let mut a3 = o;
        a3 = R::new();
        if cond() {
        } else {
        }
    } else {
    }
    return &hp.s;
}




fn f221<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s.read();
    let mut k0 = || { ho.t.write(); };
    let mut k1 = || { look(&hp.s); };
    let mut a2 = make();
    let mut m3 = &*hq;
    hq.t = a2;
    let mut r4 = m3.s.me();
    p.write();
    let mut r5 = pick(&*r4);
    poke(&mut m3.s);
    'l6: while cond() {
    }
    return &*p;
}




fn f222<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.s;
    'l1: while cond() {
        {
            let mut a2 = o;
        }
    }
    return pick(&hp.s);
}

fn f224(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    ho.s.write();
    let mut k1 = || { ho.t.write(); };
    let mut r2 = &hp.s;
}

fn f225(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.read();
    let mut a0 = ho.s;
    take(hq.s);
    take(o);
    let mut m1 = &ho;
    let mut r2 = &hq.t;
}




fn f226<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s = R::new();
    look(&*p);
    let mut r0 = &hq.t;
    return &hp.t;
}




fn f227<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    let mut a0 = o;
    let mut r1 = either(&hq.t, &o);
    let mut h2 = H::new();
    look(&ho.t);
    let mut m3 = &*hq;
    let mut a4 = make();
    return &hp.t;
}

fn f229(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.merge(&*q);
    ho.t = R::new();
    ho.t.read();
    let mut k0 = || { hq.s.write(); };
    while cond() {
        let mut w1 = &mut *q;
    }
}

fn f230(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut a0 = R::new();
    let mut r1 = if cond() { &*q } else { &*p };
    let mut a2 = a0;
    p.merge(&*q);
    let mut k3 = || { look(&ho.s); };
    let mut r4 = if cond() { &a0 } else { &ho.s };
    a0.read();
    let mut m5 = &*hq;
    let mut a6 = ho.t;
}

fn f233(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut h0 = ho;
    }
}

fn f235(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut m1 = &*hq;
    while cond() {
        let mut r2 = hq.s.me();
        htake(*hp);
    }
}

fn f236(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    let mut a1 = make();
    let mut r2 = &hq.s;
    while cond() {
    }
    return *q;
}

fn f237(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.read();
    let mut r0 = &*p;
    hpoke(&mut *hp);
    hpoke(&mut *hp);
    {
        let mut k1 = || { look(&*q); };
    }
}

fn f238(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    if cond() {
        poke(&mut hq.t);
    } else {
        hq.t.read();
        let mut h1 = h0;
    }
    let mut h2 = H::new();
    h2.s.read();
}

fn f239(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    while cond() {
        let mut a1 = o;
        'l2: while cond() {
        }
    }
}

fn f240(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.merge(&ho.s);
    poke(&mut hq.s);
    let mut a0 = ho.t;
    hq.s.write();
    let mut r1 = &o;
    let mut k2 = || { hp.s.write(); };
    poke(&mut *r1);
    hlook(&*hq);
    hq.t = a0;
    k2();
}

fn f241(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    let mut r1 = ho.t.me();
    let mut m2 = &*hp;
    let mut a3 = o;
    'l4: while cond() {
        let mut m5 = &*m2;
        hq.s.write();
    }
    r1.merge(&*r1);
    let mut w6 = &mut *p;
    o.merge(pick(&*p));
    while cond() {
    }
}

fn f242(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    q.merge(&ho.t);
    q.write();
}




fn f248<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut hp.s;
    if cond() { return &*q; }
    let mut h1 = H::new();
    let mut h2 = H::new();
    hq.t.write();
    let mut k3 = || { look(&h1.s); };
    q.read();
    let mut k4 = || { hp.t.write(); };
    let mut a5 = make();
    w0 = &mut hp.t;
    let mut k6 = || { look(&*q); };
    return hq.s.me();
}

fn f249(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    poke(&mut ho.t);
    let mut a1 = R::new();
    hp.s.merge(&o);
    poke(&mut *r0);
}




fn f250<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &*hq;
    let mut w1 = &mut hp.s;
    m0.s.read();
    let mut r2 = hp.s.me();
    hpoke(&mut *hp);
    let mut w3 = &mut o;
    return either(&ho.t, &*q);
}

fn f253(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut r1 = &o;
}

fn f255(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.t.write(); };
    if cond() {
        let mut a1 = make();
        hq.s.write();
        if cond() {
            let mut a2 = o;
        }
    }
}




fn f256<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = q.me();
    let mut h1 = ho;
    hlook(&ho);
    hpoke(&mut *hq);
    return &o;
}

fn f257(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut m1 = &*hp;
    let mut w2 = &mut hp.s;
}

fn f258(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    let mut h0 = H::new();
    let mut r1 = &*p;
    let mut r2 = r1.me();
    let mut h3 = H::new();
}

fn f260(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    htake(ho);
    let mut a1 = R::new();
}

fn f261(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    while cond() {
        let mut m0 = &*hp;
        let mut a1 = o;
    }
}

fn f266(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return hq.s; }
    take(o);
    let mut a0 = R::new();
    let mut r1 = pick(&ho.t);
    let mut r2 = pick(&*q);
    take(ho.t);
    let mut a3 = a0;
    look(&*r1);
    return hq.t;
}

fn f270(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        while cond() {
            let mut r0 = hq.s.me();
        }
    }
}

fn f271(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        if cond() {
            ho.s = o;
        } else {
        }
    }
}

fn f273(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.t;
    let mut a1 = ho.s;
    take(a1);
    r0 = o.me();
    {
    }
}

fn f274(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.t);
    htake(ho);
    let mut w0 = &mut hq.t;
    htake(ho);
    let mut r1 = if cond() { &*p } else { &o };
    poke(&mut o);
    let mut m2 = &ho;
    if cond() {
        r1.merge(&*w0);
        while cond() {
            {
            }
        }
    } else {
    }
}




fn f275<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hq.s.merge(&*q);
    look(&hq.t);
    poke(&mut hq.t);
    let mut a0 = R::new();
    let mut r1 = if cond() { &*q } else { &*q };
    if cond() {
        let mut k2 = || { ho.t.write(); };
    }
    return &*p;
}

fn f276(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut a0 = ho.t;
    q.merge(&*p);
    take(o);
    poke(&mut ho.t);
    let mut r1 = &o;
    r1 = &*q;
    r1 = &ho.t;
    let mut k2 = || { look(&*p); };
    let mut w3 = &mut a0;
}

fn f277(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut r1 = &hp.t;
    let mut h2 = H::new();
    let mut r3 = if cond() { &*p } else { &*r1 };
    hlook(&*hq);
    htake(h2);
}




fn f278<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hp);
    let mut a0 = o;
    let mut k1 = || { look(&*p); };
    poke(&mut ho.t);
    if cond() { return &a0; }
    while cond() {
        if cond() { return &*p; }
        let mut a2 = R::new();
        let mut a3 = make();
    }
    return &hq.s;
}

fn f279(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.t); };
    let mut w1 = &mut hp.t;
}

fn f280(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut m1 = &h0;
    if cond() {
        hlook(&*m1);
    }
}

fn f281(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.merge(pick(&o));
    if cond() {
        let mut k0 = || { look(&hq.t); };
    } else {
    }
}




fn f282<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    poke(&mut *p);
    let mut h1 = h0;
    let mut m2 = &ho;
    let mut r3 = either(&o, &o);
    h1.s.write();
    r3 = if cond() { &hq.t } else { &m2.t };
    take(hp.s);
    hp.s.read();
    h1.t = ho.t;
    {
    }
    return either(&ho.s, &hq.s);
}

fn f283(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.s;
    let mut k1 = || { look(&*p); };
    if cond() {
        r0 = &*q;
        'l2: while cond() {
        }
    }
}




fn f285<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut r0 = &*q;
    } else {
        let mut a1 = make();
    }
    htake(ho);
    take(ho.s);
    hp.s.merge(&*p);
    let mut r2 = &hp.s;
    look(&o);
    let mut h3 = H::new();
    ho.s = R::new();
    if cond() {
    }
    return &*q;
}

fn f286(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut a0 = make();
    let mut h1 = H::new();
    let mut w2 = &mut h1.t;
    let mut a3 = h1.s;
    let mut a4 = ho.s;
    let mut a5 = o;
    look(&*w2);
    poke(&mut a3);
    let mut a6 = a4;
}

fn f287(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    let mut a1 = o;
    poke(&mut *q);
}

fn f288(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    let mut w1 = &mut *q;
    r0.merge(&ho.s);
    p.write();
    hpoke(&mut ho);
}

fn f291(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    while cond() {
        while cond() {
            let mut a0 = o;
            ho.s = ho.s;
            hq.t = R::new();
        }
    }
    let mut a1 = R::new();
    if cond() {
        let mut a2 = a1;
        a1.merge(&hq.s);
    } else {
    }
}

fn f292(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hp.s.read();
    o.write();
    return *p;
}

fn f293(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut r0 = &*p;
    let mut a1 = ho.s;
    take(ho.s);
    if cond() { return; }
    if cond() { return; }
    let mut w2 = &mut *r0;
}

fn f296(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.t;
    let mut a1 = o;
    hlook(&*hp);
    poke(&mut ho.t);
    if cond() {
        let mut k2 = || { look(&ho.t); };
        hpoke(&mut ho);
        let mut r3 = &*q;
    } else {
    }
}




fn f297<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(*p);
    poke(&mut *q);
    if cond() {
        p.write();
        let mut k0 = || { look(&ho.t); };
    }
    return hp.s.me();
}

fn f298(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    let mut m0 = &*hq;
    let mut a1 = o;
    hq.t = R::new();
    let mut m2 = &*m0;
    let mut k3 = || { look(&m0.t); };
    let mut r4 = &*q;
    let mut a5 = make();
    a5.write();
    let mut k6 = || { look(&m2.s); };
    hpoke(&mut *hp);
}

fn f299(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.s);
    let mut k0 = || { ho.t.write(); };
    let mut a1 = o;
}



























impl H { fn f2(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &self.s;
    let mut w1 = &mut self.t;
    if cond() {
        'l2: while cond() {
            poke(&mut *r0);
        }
    } else {
    }
} }


impl H { fn f9(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&o);
    let mut k0 = || { self.s.write(); };
    let mut k1 = || { p.write(); };
    let mut a2 = o;
} }


impl H { fn f10(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.t.write(); };
    let mut k1 = || { hq.s.write(); };
    let mut k2 = || { look(&self.t); };
    let mut r3 = either(&ho.s, &hp.t);
    let mut a4 = R::new();
    hp.t.merge(&hp.s);
    poke(&mut o);
    let mut a5 = o;
    hp.t.merge(&*p);
    r3 = pick(&*p);
} }

impl H { fn f12(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    look(&*q);
    let mut a1 = ho.s;
    hlook(&*m0);
    let mut k2 = || { p.write(); };
    let mut r3 = &a1;
} }


impl H { fn f14(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    let mut r1 = p.me();
    take(ho.t);
    take(o);
    p.merge(&o);
    return o;
} }


impl H { fn f15(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    let mut a1 = R::new();
    if cond() { return; }
    let mut w2 = &mut ho.t;
    take(o);
    let mut a3 = ho.s;
} }

impl H { fn f16(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.t);
    let mut w0 = &mut hp.s;
    let mut w1 = &mut *p;
    return *q;
} }


impl H { fn f18(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut a0 = ho.t;
    } else {
        hp.s = o;
        poke(&mut o);
    }
    let mut k1 = || { ho.t.write(); };
    let mut r2 = &ho.s;
    take(ho.t);
    take(o);
    r2 = pick(&o);
    let mut k3 = || { look(&*q); };
} }

impl H { fn f28(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    take(ho.s);
    let mut a1 = make();
    look(&*p);
    o.merge(&a1);
    let mut a2 = a1;
    let mut r3 = &a2;
    let mut m4 = &ho;
} }


impl H { fn f30(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    p.merge(&o);
    let mut a1 = a0;
    let mut m2 = &*self;
    let mut r3 = &hp.t;
    look(&hq.t);
    let mut k4 = || { look(&hq.s); };
    let mut a5 = make();
    let mut m6 = &*self;
} }

impl H { fn f32(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        htake(ho);
        let mut a0 = ho.s;
        let mut w1 = &mut a0;
        let mut m2 = &*hp;
        let mut a3 = R::new();
        htake(ho);
        hq.s.merge(if cond() { &*p } else { &hp.s });
        if cond() { continue; }
    }
} }

impl H { fn f34(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut hq.t);
    if cond() {
        poke(&mut *p);
    }
    let mut h0 = ho;
    hp.s = R::new();
    let mut k1 = || { look(&self.t); };
    while cond() {
    }
    return self.t;
} }


impl H { fn f37(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut r1 = &*q;
} }


impl H { fn f38(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hq.s.read();
        let mut m0 = &*hp;
        if cond() { return; }
        if cond() { return; }
    } else {
        look(&ho.s);
        hlook(&*hq);
    }
    let mut k1 = || { look(&*p); };
} }

impl H { fn f43(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hp.t.me();
    htake(*hp);
    r0 = if cond() { &*p } else { &*r0 };
    ho.t = ho.t;
    poke(&mut hq.s);
    take(hq.s);
    let mut h1 = H::new();
    let mut a2 = o;
    p.write();
    r0 = &hq.t;
} }

impl H { fn f45(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.s.write(); };
    let mut a1 = R::new();
    let mut k2 = || { ho.t.write(); };
    a1.merge(&self.t);
    let mut w3 = &mut o;
    let mut h4 = H::new();
    w3.merge(&h4.s);
    w3 = &mut o;
    let mut r5 = if cond() { &a1 } else { &self.s };
    a1 = a1;
    ho.s = o;
} }

impl H { fn f49(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    p.read();
    let mut r0 = either(&ho.t, &hq.t);
    let mut a1 = make();
    r0 = either(&o, &*q);
    a1 = a1;
    if cond() {
        let mut h2 = ho;
        let mut r3 = hq.s.me();
        let mut w4 = &mut hp.t;
    } else {
        take(*r0);
        ho.s.write();
    }
    return hp.t;
} }

impl H { fn f56(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut hq.s;
    let mut k1 = || { hq.t.write(); };
    look(&*w0);
    w0 = &mut ho.t;
    let mut r2 = p.me();
    let mut a3 = make();
    let mut k4 = || { self.t.write(); };
    k1();
    let mut a5 = make();
    let mut k6 = || { hp.s.write(); };
    let mut h7 = H::new();
    return *q;
} }

impl H { fn f62(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hq.s.me();
    let mut k1 = || { look(&*p); };
    hlook(&*hq);
} }

impl H { fn f67(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    self.t.read();
    let mut k0 = || { p.write(); };
    if cond() {
        {
            let mut a1 = o;
            let mut m2 = &ho;
        }
        let mut r3 = either(&ho.t, &ho.t);
        take(*p);
    }
} }

impl H { fn f68(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut m1 = &ho;
    take(ho.s);
} }


impl H { fn f73(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(hq.t);
    hpoke(&mut *self);
    let mut w0 = &mut ho.t;
    w0 = &mut *q;
    let mut r1 = &*w0;
    let mut a2 = R::new();
    a2 = R::new();
    poke(&mut hp.t);
} }

impl H { fn f74(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    hq.s = R::new();
    let mut k0 = || { hp.t.write(); };
} }


impl H { fn f80(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    look(&o);
    hpoke(&mut ho);
    if cond() {
        if cond() {
            let mut r1 = q.me();
            poke(&mut *q);
            hlook(&*self);
        } else {
        }
    }
    return o;
} }

impl H { fn f83(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    poke(&mut hp.t);
    let mut h1 = ho;
    let mut r2 = &*q;
    let mut r3 = o.me();
} }

impl H { fn f87(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut k0 = || { look(&*p); };
    let mut r1 = if cond() { &*q } else { &hq.s };
    p.merge(&*p);
    {
        let mut r2 = &hp.t;
        hlook(&ho);
    }
    'l3: while cond() {
    }
} }

impl H { fn f91(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    if cond() {
        if cond() {
            while cond() {
                if cond() { break; }
            }
        } else {
        }
    } else {
    }
} }


impl H { fn f97(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut r1 = &h0.t;
    take(o);
} }

impl H { fn f100(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = H::new();
    let mut w1 = &mut *q;
    q.read();
    if cond() {
        w1 = &mut o;
        look(&hp.t);
    } else {
        hpoke(&mut ho);
        let mut w2 = &mut o;
        let mut k3 = || { ho.t.write(); };
        let mut a4 = make();
        q.write();
    }
    return *q;
} }

impl H { fn f110(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    let mut k0 = || { look(&*p); };
    let mut r1 = &*q;
    let mut a2 = ho.s;
    take(o);
} }

impl H { fn f112(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.t);
    let mut a0 = ho.t;
    let mut h1 = H::new();
    take(*p);
    return hq.s;
} }


impl H { fn f118(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.read();
    look(&ho.t);
} }


impl H { fn f124(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &*q;
    hpoke(&mut ho);
    take(*q);
    return hq.t;
} }


impl H { fn f126(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&*p);
    let mut m0 = &*hp;
    hlook(&ho);
    let mut r1 = &*p;
    o.merge(&ho.s);
    if cond() { return; }
    take(o);
    if cond() {
    }
} }


impl H { fn f132(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hp.s.me();
    look(&self.s);
    poke(&mut self.s);
    let mut m1 = &*hp;
    take(hq.t);
    let mut a2 = ho.s;
    ho.t.write();
} }


impl H { fn f135(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.write();
    let mut h0 = H::new();
    look(&ho.s);
    while cond() {
        let mut r1 = q.me();
    }
    poke(&mut hq.t);
    let mut k2 = || { hp.t.write(); };
    {
        let mut a3 = R::new();
        let mut r4 = &hp.t;
        if cond() {
        } else {
        }
    }
} }

impl H { fn f144(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut m0 = &*hq;
    take(hp.s);
    o.write();
    htake(ho);
    let mut r1 = &*q;
    let mut h2 = H::new();
    if cond() {
        'l3: while cond() {
            let mut h4 = h2;
        }
        let mut k5 = || { look(&m0.s); };
    }
} }


impl H { fn f146(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    let mut a1 = o;
    self.t.merge(if cond() { &*p } else { &self.t });
    let mut h2 = ho;
    let mut h3 = H::new();
} }


impl H { fn f157(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.t); };
    while cond() {
        take(o);
        let mut w1 = &mut self.s;
        while cond() {
            ho.s = R::new();
        }
    }
} }


impl H { fn f159(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.s.write();
    take(ho.s);
    let mut r0 = &ho.t;
    poke(&mut o);
    if cond() { return; }
    if cond() { return; }
    let mut h1 = H::new();
} }


impl H { fn f163(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    o.read();
    hq.t.read();
    'l0: while cond() {
        let mut a1 = o;
        let mut k2 = || { hq.s.write(); };
        let mut m3 = &ho;
        let mut a4 = R::new();
    }
    while cond() {
        let mut m5 = &*self;
        let mut k6 = || { hp.t.write(); };
        take(hq.s);
    }
    return o;
} }

impl H { fn f166(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        q.merge(&hp.t);
        o.write();
        let mut k0 = || { p.write(); };
    }
    let mut a1 = ho.t;
} }


impl H { fn f169(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut *p);
    htake(ho);
    let mut a0 = o;
    let mut a1 = ho.t;
    'l2: while cond() {
        let mut a3 = R::new();
        ho.t.read();
        let mut r4 = pick(&a3);
        let mut r5 = &a1;
    }
    hlook(&*self);
    let mut h6 = H::new();
} }

impl H { fn f172(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.t);
    let mut h0 = H::new();
    let mut k1 = || { look(&hq.s); };
    let mut r2 = &hq.s;
    if cond() { return *q; }
    k1();
    let mut a3 = h0.t;
    if cond() {
    }
    return hq.s;
} }

impl H { fn f173(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &self.t;
    if cond() { return hq.t; }
    if cond() {
        r0 = &ho.t;
    }
    htake(ho);
    let mut r1 = self.s.me();
    let mut a2 = o;
    let mut k3 = || { look(&*p); };
    return self.s;
} }

impl H { fn f179(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    p.merge(&*p);
    let mut h1 = H::new();
    let mut a2 = ho.s;
    hlook(&*self);
    a2 = a0;
    'l3: while cond() {
        if cond() {
            let mut a4 = a0;
        } else {
        }
    }
} }


impl H { fn f182(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.s = R::new();
    let mut a0 = make();
} }

impl H { fn f183(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        if cond() {
            take(hq.t);
            if cond() {
                let mut h0 = H::new();
                hlook(&*hp);
                let mut r1 = &self.t;
            } else {
                let mut w2 = &mut *q;
                htake(*self);
            }
        }
    }
    return self.s;
} }

impl H { fn f185(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        poke(&mut ho.s);
        let mut w0 = &mut ho.t;
    }
    let mut r1 = &*p;
    if cond() {
        q.write();
    } else {
    }
} }


impl H { fn f193(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.merge(&self.t);
    look(&ho.t);
    let mut h0 = ho;
    return *p;
} }

impl H { fn f202(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    while cond() {
        let mut a1 = make();
        look(&hq.s);
        while cond() {
            take(a1);
        }
        while cond() {
        }
    }
} }

impl H { fn f206(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hp;
    let mut a1 = make();
    'l2: while cond() {
        let mut w3 = &mut ho.s;
        self.s.read();
    }
} }


impl H { fn f209(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hp.s.write(); };
    look(&*p);
    hp.t = o;
    let mut a1 = o;
} }


impl H { fn f214(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    let mut k1 = || { look(&*q); };
    hq.s = R::new();
    while cond() {
    }
} }


impl H { fn f215(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.merge(&hq.t);
    if cond() { return; }
    look(&hq.s);
    {
        let mut r0 = q.me();
        let mut h1 = ho;
    }
    hlook(&*hp);
    take(ho.t);
    p.merge(hq.t.me());
    if cond() { return; }
} }

impl H { fn f216(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    let mut m0 = &*hq;
    hlook(&*m0);
    if cond() {
    }
} }


impl H { fn f217(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.s);
    let mut h0 = ho;
    let mut a1 = o;
    let mut k2 = || { hp.t.write(); };
    ho.s = R::new();
    take(o);
    return hq.s;
} }

impl H { fn f219(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hpoke(&mut *self);
    let mut m0 = &*hq;
    let mut a1 = ho.t;
    poke(&mut self.s);
    let mut a2 = R::new();
    let mut r3 = &a2;
    let mut a4 = R::new();
    let mut a5 = R::new();
    'l6: while cond() {
    }
    return o;
} }

impl H { fn f220(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { look(&self.t); };
    hp.s.read();
    return hq.s;
} }


impl H { fn f223(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *p;
    hlook(&ho);
    self.s.merge(&ho.s);
    self.s = R::new();
    let mut m1 = &*self;
    let mut a2 = ho.t;
    let mut r3 = self.s.me();
} }

impl H { fn f228(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    look(&o);
    take(hq.t);
    p.merge(&o);
    if cond() { return hp.t; }
    let mut a0 = ho.t;
    let mut k1 = || { look(&ho.t); };
    let mut r2 = &hp.s;
    look(&hq.t);
    return o;
} }


impl H { fn f231(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.write();
    let mut h0 = H::new();
    let mut k1 = || { q.write(); };
    hpoke(&mut *self);
    let mut a2 = make();
    let mut r3 = if cond() { &ho.s } else { &*q };
    let mut r4 = pick(&*p);
    {
        if cond() {
        } else {
        }
    }
    return *q;
} }

impl H { fn f232(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut a0 = R::new();
    p.write();
    take(*q);
    hpoke(&mut *self);
    let mut r1 = pick(&*p);
} }


impl H { fn f234(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut k1 = || { self.t.write(); };
    if cond() { return; }
} }


impl H { fn f243(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut h0 = H::new();
    }
    look(&*q);
    let mut r1 = &hp.t;
    q.read();
    'l2: while cond() {
    }
} }


impl H { fn f244(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { p.write(); };
    let mut h1 = H::new();
    if cond() { return; }
    let mut a2 = ho.s;
    let mut a3 = o;
    let mut k4 = || { look(&hp.s); };
    let mut a5 = make();
    let mut a6 = make();
    if cond() {
        h1.t.merge(&hq.s);
    }
} }

impl H { fn f245(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    {
        let mut h1 = H::new();
        if cond() {
            ho.t.write();
            let mut r2 = pick(&o);
            let mut w3 = &mut *q;
        }
        let mut k4 = || { look(&hp.s); };
    }
    look(&*q);
    let mut k5 = || { ho.s.write(); };
} }

impl H { fn f246(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    poke(&mut hp.s);
    take(hp.s);
    hp.t.read();
    hpoke(&mut *hp);
    let mut a0 = R::new();
    self.s.read();
    let mut r1 = pick(&ho.t);
} }


impl H { fn f247(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    let mut k1 = || { p.write(); };
    let mut r2 = &ho.s;
    let mut w3 = &mut self.t;
    if cond() {
        self.s.read();
        let mut h4 = ho;
        let mut h5 = H::new();
    }
    let mut k6 = || { look(&*p); };
    poke(&mut hp.s);
} }


impl H { fn f251(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut *q);
    let mut h0 = H::new();
    take(o);
    let mut r1 = q.me();
    let mut a2 = R::new();
    return *p;
} }


impl H { fn f252(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        if cond() { return self.s; }
        take(ho.s);
        if cond() { return ho.s; }
        hq.s.write();
    }
    take(hq.t);
    let mut h0 = ho;
    if cond() {
        poke(&mut *q);
        hlook(&*hq);
    } else {
    }
    return hq.s;
} }

impl H { fn f254(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    if cond() {
        let mut r1 = pick(&self.t);
        hq.s.merge(&*r1);
        let mut a2 = o;
    }
    hpoke(&mut *self);
    take(ho.s);
    take(*p);
    look(&o);
    hp.t.write();
} }


impl H { fn f259(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.write();
    if cond() {
        look(&hp.s);
    }
} }


impl H { fn f262(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    self.s.read();
    let mut w0 = &mut ho.t;
    let mut r1 = pick(&hq.t);
    hlook(&ho);
    hp.s = o;
    let mut w2 = &mut self.s;
    take(ho.t);
} }

impl H { fn f263(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hp.t);
    self.t.read();
    let mut h0 = H::new();
    let mut a1 = R::new();
    let mut m2 = &h0;
    let mut h3 = H::new();
    if cond() {
        h3.t.write();
    } else {
    }
} }

impl H { fn f264(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        o.read();
        hp.s = R::new();
        p.read();
        poke(&mut *q);
        self.s.write();
        let mut r0 = &*q;
        hlook(&ho);
    } else {
    }
} }

impl H { fn f265(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        take(o);
        hp.t.merge(&self.s);
    }
    htake(ho);
    poke(&mut hq.t);
    self.s.write();
    let mut w1 = &mut hq.s;
    w1 = &mut o;
    let mut k2 = || { self.s.write(); };
    let mut a3 = make();
    let mut a4 = R::new();
    return ho.t;
} }

impl H { fn f267(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    look(&ho.t);
    if cond() {
        if cond() { return; }
        let mut a0 = ho.s;
        let mut h1 = H::new();
    }
    p.read();
    poke(&mut *p);
} }

impl H { fn f268(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut a1 = R::new();
    let mut r2 = pick(&hq.s);
    let mut a3 = R::new();
    let mut k4 = || { ho.s.write(); };
} }


impl H { fn f269(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.t.read();
    if cond() { return ho.s; }
    let mut k0 = || { look(&*p); };
    let mut r1 = &ho.t;
    while cond() {
    }
    return *q;
} }

impl H { fn f272(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    p.write();
    return *q;
} }

impl H { fn f284(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.merge(&ho.s);
    let mut r0 = hp.t.me();
    if cond() {
    } else {
    }
} }


impl H { fn f289(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    look(&hq.s);
    take(o);
    if cond() { return; }
    let mut r0 = self.s.me();
} }

impl H { fn f290(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        if cond() {
            let mut r0 = &*q;
            let mut h1 = H::new();
            let mut a2 = R::new();
            hlook(&*self);
        }
    }
} }

impl H { fn f294(&self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    q.read();
    a0 = ho.t;
    let mut m1 = &ho;
    let mut k2 = || { q.write(); };
    take(o);
    return hq.s;
} }


impl H { fn f295(&mut self, p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s = o;
    let mut h0 = H::new();
    let mut r1 = &hq.s;
    if cond() { return; }
    let mut a2 = o;
    let mut k3 = || { look(&h0.t); };
    hpoke(&mut *hq);
    let mut w4 = &mut h0.s;
    h0.s.write();
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
pub fn make() -> R { R::new() }
pub fn look(x: &R) -> i32 { x.v }
pub fn poke(x: &mut R) { x.v += 1; }
pub fn take(x: R) {}
pub fn pick(x: &R) -> &R { x }
pub fn either<'a>(x: &'a R, y: &'a R) -> &'a R { x }
pub fn hlook(x: &H) -> i32 { 0 }
pub fn hpoke(x: &mut H) {}
pub fn htake(x: H) {}
