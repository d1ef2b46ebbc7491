#![allow(unused)]

















































fn f0(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut a1 = o;
    a1 = R::new();
    r0.read();
    if cond() {
        take(o);
        let mut w2 = &mut *r0;
    } else {
    }
}




fn f1<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut ho);
    look(&hp.s);
    {
        let mut r0 = &o;
        hlook(&ho);
    }
    let mut m1 = &ho;
    return either(&ho.t, &o);
}

fn f2(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&o);
    p.merge(&*q);
    hq.t = ho.t;
}

fn f3(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    if cond() {
        let mut h0 = H::new();
        let mut k1 = || { look(&*q); };
        let mut h2 = H::new();
        while cond() {
            look(&o);
            let mut r3 = &h2.t;
            take(ho.s);
            h2.t.write();
        }
    } else {
    }
}

fn f4(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut r0 = if cond() { &*q } else { &hq.s };
    let mut m1 = &*hq;
    let mut k2 = || { look(&m1.s); };
    hq.s = ho.t;
    take(ho.t);
    r0 = if cond() { &hq.t } else { &*r0 };
}

fn f5(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    while cond() {
        p.write();
    }
}

fn f6(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.write();
    let mut h0 = H::new();
    if cond() {
        htake(h0);
        let mut r1 = &h0.t;
    }
}




fn f7<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &o;
    r0 = &o;
    let mut h1 = H::new();
    return if cond() { &hq.t } else { &hq.t };
}

fn f8(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    while cond() {
        let mut k0 = || { hq.t.write(); };
        let mut r1 = either(&*p, &o);
    }
    let mut r2 = pick(&*q);
}

fn f9(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    hpoke(&mut *hq);
    let mut r1 = either(&*p, &hp.t);
    p.merge(&*q);
    let mut w2 = &mut ho.t;
}




fn f10<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
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




fn f11<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.read();
    let mut m0 = &ho;
    while cond() {
        let mut r1 = &hq.s;
    }
    take(o);
    if cond() {
        let mut h2 = ho;
        let mut w3 = &mut *p;
        let mut a4 = o;
        let mut m5 = &*hq;
        let mut r6 = if cond() { &hq.s } else { &o };
    } else {
    }
    return if cond() { &hp.t } else { &ho.s };
}

fn f12(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    take(ho.s);
    look(&o);
    hp.s = R::new();
    let mut w0 = &mut ho.t;
    let mut r1 = &hq.t;
}




fn f13<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return q.me(); }
    ho.t.write();
    poke(&mut o);
    htake(ho);
    {
        take(o);
        let mut k0 = || { ho.s.write(); };
        let mut a1 = make();
        let mut w2 = &mut a1;
        if cond() {
            poke(&mut *q);
        } else {
        }
    }
    return &hp.t;
}




fn f14<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    if cond() {
        let mut r1 = if cond() { &ho.s } else { &hq.s };
        take(h0.s);
        h0.s = R::new();
        r1 = if cond() { &hq.s } else { &h0.t };
        hlook(&*hp);
        let mut h2 = h0;
        {
        }
    } else {
    }
    return ho.t.me();
}




fn f15<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return pick(&*p); }
    let mut r0 = hp.t.me();
    {
    }
    return &*p;
}




fn f16<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t = R::new();
    ho.s = R::new();
    take(o);
    if cond() {
        hp.t = R::new();
    }
    return pick(&hq.t);
}

fn f17(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    ho.t.read();
    let mut r1 = p.me();
    take(a0);
    let mut k2 = || { hq.t.write(); };
    if cond() {
        hp.s.read();
    } else {
        p.read();
    }
}

fn f18(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.read();
    hq.t.write();
}

fn f19(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.s.read();
    {
        let mut a0 = o;
        let mut h1 = ho;
        let mut r2 = either(&hq.t, &a0);
    }
    while cond() {
    }
}

fn f20(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut r0 = &*p;
    let mut a1 = R::new();
    let mut k2 = || { q.write(); };
    if cond() {
        look(&hq.t);
        let mut r3 = if cond() { &*p } else { &*q };
    }
    let mut a4 = R::new();
    a1.merge(&hp.s);
}

fn f21(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { p.write(); };
    take(ho.s);
    let mut h1 = H::new();
    poke(&mut hp.t);
    ho.t.write();
    return *q;
}




fn f22<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    {
        let mut a0 = make();
        let mut h1 = ho;
        let mut r2 = &h1.s;
    }
    let mut k3 = || { look(&ho.t); };
    let mut k4 = || { q.write(); };
    let mut w5 = &mut o;
    {
        if cond() {
        } else {
        }
    }
    return &hp.t;
}

fn f23(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    p.write();
    let mut r0 = &o;
}

fn f24(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    hq.s = ho.t;
    let mut m0 = &*hp;
    if cond() { return; }
    if cond() {
        hpoke(&mut *hp);
        if cond() { return; }
        hlook(&*hq);
    } else {
    }
}




fn f25<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hp);
    htake(ho);
    let mut w0 = &mut o;
    hq.s.merge(if cond() { &*p } else { &hp.t });
    return either(&*q, &o);
}

fn f26(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&o);
    ho.s.write();
    let mut a1 = o;
    while cond() {
        let mut r2 = if cond() { &o } else { &hp.t };
    }
    let mut r3 = &o;
    let mut w4 = &mut *q;
    let mut m5 = &ho;
    let mut k6 = || { hq.s.write(); };
    if cond() {
    } else {
    }
}

fn f27(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut m0 = &ho;
    let mut m1 = &*hq;
    let mut r2 = &o;
    m1.t.write();
    take(ho.s);
    return *q;
}

fn f28(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    look(&*p);
    if cond() { return; }
}

fn f29(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hq);
    hq.t.write();
    let mut a0 = o;
    let mut a1 = a0;
}




fn f30<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &*hq;
    take(hq.t);
    let mut r1 = either(&m0.s, &ho.t);
    hpoke(&mut *m0);
    look(&*r1);
    return if cond() { &*q } else { &hq.s };
}

fn f31(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.s.read();
    let mut h0 = H::new();
    if cond() { return; }
    p.read();
    hq.t = h0.t;
    let mut k1 = || { look(&hp.t); };
    k1();
    hlook(&ho);
}

fn f32(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    p.merge(&hp.s);
    htake(ho);
    poke(&mut hq.s);
    o.read();
    hq.t.write();
    let mut a0 = R::new();
    let mut r1 = &*q;
    let mut r2 = pick(&hq.s);
    take(o);
    r1 = if cond() { &ho.t } else { &*p };
    while cond() {
    }
    return hp.s;
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




fn f34<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    {
        o.write();
        if cond() {
        } else {
        }
    }
    return hq.t.me();
}

fn f35(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.s.write(); };
    let mut a1 = o;
}

fn f36(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut o;
    hp.s.merge(&*q);
    'l1: while cond() {
        let mut k2 = || { look(&ho.s); };
    }
    take(ho.s);
    let mut a3 = R::new();
    let mut r4 = &*p;
    w0.read();
    let mut r5 = hp.t.me();
    let mut h6 = H::new();
}

fn f37(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    o = R::new();
    let mut r0 = &o;
    poke(&mut o);
    hq.s.read();
    if cond() { return ho.t; }
    o.read();
    hp.t.read();
    if cond() {
        let mut h1 = H::new();
    }
    return *p;
}

fn f38(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*p);
    let mut r0 = &o;
}

fn f39(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.s); };
    let mut r1 = &o;
    let mut h2 = H::new();
    r1.read();
    let mut m3 = &ho;
    while cond() {
        while cond() {
            r1 = &*r1;
        }
    }
}

fn f40(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut a0 = R::new();
        take(o);
        let mut w1 = &mut hp.t;
    }
}

fn f41(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.t);
    let mut w0 = &mut *p;
    let mut w1 = &mut hp.s;
}

fn f42(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    let mut r0 = &*q;
    let mut a1 = o;
}

fn f43(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.s);
    let mut k0 = || { look(&hq.t); };
}

fn f44(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    let mut a1 = o;
    let mut a2 = R::new();
    hq.t = R::new();
    let mut r3 = &ho.s;
    let mut h4 = H::new();
    let mut a5 = make();
    let mut a6 = a2;
}

fn f45(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    let mut a0 = make();
    p.read();
    let mut h1 = H::new();
    q.merge(either(&*q, &a0));
    q.read();
    let mut k2 = || { q.write(); };
    'l3: while cond() {
        if cond() {
            let mut m4 = &*hq;
            let mut m5 = &*hq;
        } else {
        }
    }
}




fn f46<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    htake(h0);
    take(h0.s);
    hlook(&h0);
    let mut a1 = ho.s;
    let mut r2 = &a1;
    if cond() {
        poke(&mut *r2);
        take(a1);
        let mut a3 = R::new();
    }
    let mut a4 = make();
    return &ho.t;
}

fn f47(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &o;
    if cond() { return; }
    ho.s = R::new();
    q.merge(&hp.t);
    let mut h1 = H::new();
    let mut h2 = ho;
    let mut m3 = &h2;
    let mut w4 = &mut h1.t;
}

fn f48(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.read();
    let mut r0 = if cond() { &*p } else { &*q };
    p.write();
    let mut k1 = || { look(&*q); };
    if cond() {
    } else {
    }
}

fn f49(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*q;
    hq.s.merge(&*p);
    let mut a1 = o;
    let mut a2 = R::new();
    while cond() {
        let mut h3 = H::new();
        take(*r0);
    }
    while cond() {
    }
}

fn f50(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hq.t); };
    let mut a1 = make();
    'l2: while cond() {
        look(&*p);
        take(*p);
    }
    k0();
    let mut r3 = if cond() { &hp.s } else { &ho.t };
    let mut k4 = || { look(&hq.t); };
    if cond() {
    }
}

fn f51(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut a1 = make();
    let mut k2 = || { look(&hp.s); };
    let mut k3 = || { look(&*q); };
    let mut m4 = &ho;
    {
        if cond() {
            take(hq.s);
            let mut k5 = || { look(&hp.s); };
        }
    }
    let mut r6 = &a0;
}

fn f52(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut r0 = ho.t.me();
    r0 = either(&ho.s, &o);
    q.write();
    while cond() {
        r0 = &hq.s;
    }
    r0 = ho.s.me();
    let mut h1 = H::new();
    r0.merge(&o);
    q.merge(&*r0);
}




fn f53<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = ho;
    p.merge(either(&ho.t, &hq.t));
    let mut a1 = make();
    let mut r2 = &h0.s;
    let mut r3 = pick(&*q);
    r3.merge(&hq.s);
    return &o;
}

fn f54(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut k0 = || { q.write(); };
    let mut r1 = o.me();
    let mut k2 = || { look(&*p); };
    hlook(&ho);
    let mut m3 = &*hp;
    let mut r4 = &*p;
    let mut k5 = || { look(&*p); };
    while cond() {
    }
    return *q;
}

fn f55(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut h1 = H::new();
    hlook(&h1);
}

fn f56(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    let mut r0 = &*q;
    if cond() {
        let mut a1 = o;
    }
}




fn f57<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.merge(&*p);
    hp.t.merge(&*p);
    htake(*hp);
    return hp.s.me();
}

fn f58(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut m0 = &*hp;
        hlook(&*hq);
    }
}

fn f59(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    let mut k0 = || { q.write(); };
    let mut r1 = &*p;
    let mut r2 = q.me();
    hq.s = R::new();
    r2 = p.me();
    r2 = r2.me();
    let mut r3 = ho.s.me();
    take(ho.s);
}

fn f60(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    ho.s.write();
}

fn f61(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.s); };
    {
        'l1: while cond() {
            k0();
            poke(&mut hp.t);
            let mut w2 = &mut hq.s;
            if cond() {
                hq.t.write();
            } else {
            }
        }
    }
}

fn f62(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    look(&o);
    let mut a1 = R::new();
    while cond() {
        let mut r2 = &hp.t;
        let mut a3 = o;
    }
    look(&*q);
    let mut r4 = &a0;
    r4 = &a1;
    if cond() {
        let mut a5 = R::new();
    }
}

fn f63(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &hp.t } else { &*q };
    q.read();
    if cond() {
        r0 = &o;
        take(o);
    } else {
        let mut r1 = r0.me();
    }
}

fn f64(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        while cond() {
            let mut k0 = || { ho.s.write(); };
        }
    } else {
    }
    return *p;
}

fn f65(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hp.t.merge(&hp.s);
    let mut r0 = &*p;
}

fn f66(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = o;
    let mut a0 = R::new();
    hq.s.write();
    {
        hpoke(&mut ho);
    }
    if cond() {
        p.merge(&ho.t);
    }
}

fn f67(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hq;
    let mut a1 = make();
    if cond() {
        let mut r2 = o.me();
        let mut m3 = &*hp;
        if cond() {
            hpoke(&mut *m3);
            poke(&mut o);
        }
    } else {
    }
}

fn f68(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.s); };
    look(&hq.s);
    let mut r1 = &*p;
    let mut a2 = R::new();
}

fn f69(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &ho;
    hp.t.write();
}

fn f70(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    a0 = R::new();
    if cond() {
        'l1: while cond() {
        }
    } else {
    }
}




fn f71<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    let mut h0 = ho;
    look(&o);
    if cond() { return pick(&*p); }
    {
        let mut w1 = &mut o;
    }
    while cond() {
        let mut r2 = &h0.t;
        let mut m3 = &ho;
        take(h0.s);
        let mut a4 = h0.t;
    }
    return if cond() { &*q } else { &o };
}




fn f72<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hq);
    if cond() {
        hq.s = R::new();
        while cond() {
            let mut w0 = &mut o;
            let mut a1 = make();
            'l2: while cond() {
                let mut a3 = make();
                take(o);
                let mut r4 = w0.me();
            }
        }
    } else {
    }
    return &*p;
}

fn f73(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return o; }
    while cond() {
    }
    return hp.s;
}

fn f74(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*p); };
    while cond() {
        if cond() {
            let mut m1 = &*hq;
            let mut r2 = &ho.t;
            htake(*hp);
        }
    }
}

fn f75(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    let mut h1 = ho;
    let mut w2 = &mut h1.t;
    poke(&mut hq.s);
    'l3: while cond() {
        if cond() { return; }
        look(&hp.s);
    }
}




fn f76<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    look(&ho.s);
    let mut a1 = o;
    let mut r2 = &*p;
    let mut a3 = ho.t;
    if cond() { return &hq.t; }
    return &*p;
}

fn f77(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    o.read();
    let mut h0 = H::new();
    if cond() { return hp.s; }
    let mut r1 = ho.t.me();
    if cond() {
        while cond() {
            let mut a2 = make();
            {
                let mut a3 = a2;
            }
        }
        let mut r4 = &ho.t;
    }
    return *p;
}

fn f78(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hq.s;
    let mut w1 = &mut ho.s;
    return *q;
}

fn f79(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    let mut a1 = a0;
    return hp.s;
}




fn f80<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() {
        let mut w0 = &mut hp.s;
        if cond() {
            let mut m1 = &ho;
            w0 = &mut m1.s;
            let mut h2 = ho;
            ho.s = R::new();
        } else {
        }
    }
    return either(&*q, &hp.s);
}

fn f81(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    q.merge(&*p);
    take(o);
    let mut h1 = H::new();
    let mut r2 = &*p;
    let mut k3 = || { look(&h0.s); };
    let mut r4 = ho.s.me();
    let mut m5 = &h0;
    if cond() { return; }
    look(&h1.s);
}

fn f82(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut k1 = || { look(&ho.s); };
    hpoke(&mut *hp);
    ho.s = h0.t;
    take(*p);
    htake(h0);
}

fn f83(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &hp.t } else { &hq.t };
    ho.s = ho.s;
    ho.s.write();
    if cond() {
        'l1: while cond() {
            p.write();
        }
        hq.s = R::new();
    }
    hlook(&*hp);
    let mut r2 = &hp.t;
    let mut k3 = || { look(&*p); };
    take(o);
}

fn f84(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hp.t = R::new();
        let mut r0 = &o;
    }
}

fn f85(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t.read();
    let mut m0 = &*hp;
    let mut a1 = make();
    a1.write();
    ho.t.read();
    {
        let mut k2 = || { ho.s.write(); };
        k2();
        a1 = R::new();
    }
}

fn f86(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    let mut h0 = H::new();
    let mut a1 = ho.t;
    let mut a2 = h0.s;
    a1 = R::new();
    let mut r3 = &h0.t;
    let mut a4 = a2;
    let mut r5 = &a2;
    poke(&mut a2);
    take(a4);
    hpoke(&mut ho);
}

fn f87(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
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




fn f88<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut m0 = &ho;
    while cond() {
        look(&*q);
    }
    take(*q);
    return &o;
}




fn f89<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    take(ho.t);
    let mut h1 = H::new();
    let mut r2 = ho.s.me();
    if cond() {
        h1.t.merge(&h1.s);
        htake(ho);
        hlook(&*hq);
    }
    let mut r3 = pick(&*p);
    poke(&mut a0);
    look(&o);
    return p.me();
}

fn f90(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hlook(&*hp);
    }
    let mut a0 = R::new();
    'l1: while cond() {
        {
            let mut r2 = &*q;
            while cond() {
            }
        }
    }
}




fn f91<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(o);
    let mut r0 = &hq.s;
    r0 = &hp.s;
    hp.s.merge(&*r0);
    if cond() { return if cond() { &o } else { &hp.s }; }
    let mut h1 = H::new();
    let mut w2 = &mut *q;
    let mut a3 = make();
    let mut a4 = R::new();
    hq.s = a3;
    let mut a5 = make();
    return pick(&*q);
}




fn f92<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&ho.s); };
    let mut k1 = || { look(&hp.s); };
    q.read();
    let mut r2 = &*p;
    return q.me();
}

fn f93(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hq.t); };
    let mut r1 = if cond() { &*p } else { &ho.s };
    let mut a2 = o;
    htake(*hp);
    if cond() {
        ho.t.read();
        let mut m3 = &ho;
        {
        }
    }
}

fn f94(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hp.s;
    let mut r1 = pick(&hp.t);
    {
    }
    return o;
}

fn f95(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    let mut h1 = H::new();
    if cond() {
    }
}

fn f96(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = hq.s.me();
    take(o);
    take(*q);
    ho.s.merge(&hq.t);
}

fn f97(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hq.s = o;
    let mut r0 = &*p;
    let mut k1 = || { hp.t.write(); };
    r0.write();
    let mut k2 = || { ho.s.write(); };
    let mut h3 = ho;
    let mut r4 = q.me();
    {
        r0 = &hp.t;
        let mut a5 = R::new();
        let mut r6 = &*r4;
    }
    return *q;
}

fn f98(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = pick(&*p);
    if cond() { return o; }
    hpoke(&mut *hq);
    if cond() {
        let mut h1 = ho;
    }
    return *p;
}

fn f99(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.write();
    let mut r0 = &hq.t;
    let mut r1 = &*r0;
    r0 = if cond() { &hp.s } else { &*r1 };
    let mut a2 = o;
    hp.t = R::new();
    let mut a3 = a2;
    r1 = &a3;
    r1 = &a2;
    if cond() {
    } else {
    }
}

fn f100(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        let mut m0 = &*hp;
    }
    {
    }
}




fn f101<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    while cond() {
        if cond() {
        } else {
        }
    }
    return &*p;
}




fn f102<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.read();
    let mut w0 = &mut hq.s;
    poke(&mut hp.t);
    htake(ho);
    return &hp.t;
}

fn f103(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
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

fn f104(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hp.t;
    let mut a1 = o;
    {
        let mut m2 = &ho;
    }
    let mut k3 = || { look(&*p); };
    k3();
    hpoke(&mut ho);
}

fn f105(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.merge(&hp.t);
    hpoke(&mut ho);
    {
        poke(&mut ho.s);
    }
}

fn f106(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &ho.t } else { &*p };
    hq.t.read();
    if cond() {
    } else {
    }
}

fn f107(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    'l0: while cond() {
        let mut r1 = &*q;
        look(&hp.t);
        if cond() { continue; }
        let mut r2 = &o;
        if cond() {
            if cond() { return; }
        } else {
            let mut a3 = ho.t;
            let mut r4 = &*q;
        }
        let mut h5 = ho;
    }
}

fn f108(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hp.t);
    htake(ho);
    if cond() {
        r0 = &*q;
        let mut a1 = R::new();
        if cond() { return; }
    } else {
        hpoke(&mut *hq);
        let mut w2 = &mut o;
    }
    let mut w3 = &mut ho.s;
    let mut a4 = o;
}

fn f109(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&ho.s);
    look(&ho.s);
    let mut r0 = &hp.s;
    let mut w1 = &mut hp.t;
    let mut k2 = || { q.write(); };
    hpoke(&mut *hp);
    poke(&mut *r0);
    take(o);
}

fn f110(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut w1 = &mut h0.t;
    q.read();
}

fn f111(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = if cond() { &hp.t } else { &*q };
    ho.t = R::new();
    return *q;
}




fn f112<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = o;
    q.merge(&a0);
    let mut r1 = &o;
    let mut a2 = a0;
    r1.merge(&hp.s);
    let mut w3 = &mut a0;
    return pick(&ho.s);
}




fn f113<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    let mut a1 = o;
    ho.t.write();
    let mut r2 = &hp.t;
    a1.merge(a0.me());
    let mut h3 = H::new();
    return pick(&*q);
}

fn f114(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = o.me();
    hq.s = ho.s;
    let mut r1 = &hp.t;
    r0 = pick(&*r1);
    let mut k2 = || { look(&hp.s); };
    r0.read();
    take(o);
    while cond() {
        if cond() { continue; }
    }
}

fn f115(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    let mut a1 = make();
    let mut k2 = || { hq.s.write(); };
    let mut r3 = &hp.s;
    let mut h4 = H::new();
    a1.read();
}

fn f116(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut *q;
    let mut a1 = make();
    if cond() {
    } else {
    }
}

fn f117(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    ho.t.read();
    let mut a0 = make();
    if cond() { return; }
    let mut r1 = either(&hp.s, &ho.s);
    r1 = a0.me();
    look(&*r1);
    let mut h2 = ho;
    'l3: while cond() {
        let mut r4 = &o;
        if cond() {
        } else {
        }
    }
}




fn f118<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.merge(&ho.s);
    let mut a0 = make();
    ho.t.write();
    ho.t = R::new();
    let mut r1 = pick(&*p);
    return &ho.s;
}

fn f119(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut hq.s;
    let mut m1 = &ho;
    hp.s = R::new();
    let mut r2 = ho.s.me();
    'l3: while cond() {
        let mut a4 = ho.t;
        let mut k5 = || { look(&*q); };
        let mut a6 = make();
    }
    let mut a7 = R::new();
    let mut m8 = &*m1;
    a7 = R::new();
}




fn f120<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut o);
    let mut k0 = || { hq.s.write(); };
    let mut a1 = ho.t;
    let mut h2 = H::new();
    take(hq.t);
    let mut m3 = &ho;
    'l4: while cond() {
        let mut m5 = &*m3;
        look(&hq.t);
    }
    return hq.s.me();
}

fn f121(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    let mut w1 = &mut ho.t;
    htake(ho);
    return hp.t;
}

fn f122(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    let mut r0 = &o;
    if cond() { return; }
    poke(&mut *r0);
    let mut k1 = || { look(&hq.t); };
    if cond() { return; }
    if cond() {
        'l2: while cond() {
            let mut a3 = ho.s;
        }
    }
}

fn f123(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        let mut r0 = either(&*q, &*p);
        let mut m1 = &*hp;
        let mut r2 = &*r0;
        p.read();
    }
    p.write();
    let mut r3 = &hq.t;
    hpoke(&mut *hq);
    r3 = &*r3;
}

fn f124(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*q); };
    hpoke(&mut *hp);
    hq.t = R::new();
    take(ho.t);
    hlook(&ho);
    q.read();
    let mut a1 = o;
    let mut r2 = either(&hp.s, &hp.s);
    let mut a3 = R::new();
}




fn f125<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    if cond() { return &ho.t; }
    hq.t.merge(&*p);
    let mut h0 = H::new();
    look(&*p);
    let mut k1 = || { hq.t.write(); };
    let mut w2 = &mut hp.s;
    return pick(&o);
}

fn f126(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut a1 = a0;
    q.merge(o.me());
    q.merge(&a1);
    hlook(&*hp);
    if cond() {
    }
}

fn f127(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    if cond() { return; }
    hlook(&*hq);
    if cond() {
        take(*p);
        if cond() {
            look(&h0.t);
            if cond() { return; }
        } else {
            let mut r1 = if cond() { &h0.t } else { &*q };
            if cond() { return; }
            r1 = &*q;
        }
    } else {
    }
}

fn f128(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    'l0: while cond() {
        let mut r1 = either(&hq.s, &hp.s);
    }
    hlook(&*hq);
    let mut m2 = &*hq;
    let mut r3 = p.me();
}

fn f129(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    hp.s.read();
    let mut r1 = hq.s.me();
    let mut w2 = &mut hp.t;
    let mut r3 = if cond() { &a0 } else { &*r1 };
    let mut m4 = &ho;
    let mut h5 = H::new();
    let mut k6 = || { look(&*q); };
    while cond() {
    }
}

fn f130(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        take(o);
    }
    let mut h0 = H::new();
    hlook(&*hp);
    let mut h1 = ho;
}

fn f131(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = either(&o, &*p);
    if cond() { return ho.t; }
    let mut a1 = o;
    return hp.s;
}

fn f132(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.t;
    p.read();
    let mut a1 = o;
    let mut r2 = &hp.t;
    let mut a3 = make();
    hpoke(&mut *hq);
    hlook(&*hp);
}

fn f133(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    let mut w0 = &mut ho.s;
    take(o);
    let mut a1 = make();
    if cond() {
        let mut r2 = &a1;
        if cond() {
        } else {
        }
    } else {
    }
}

fn f134(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.read();
    if cond() {
        let mut k0 = || { hq.s.write(); };
    } else {
        let mut w1 = &mut hp.s;
        let mut k2 = || { hp.s.write(); };
        if cond() {
            let mut h3 = H::new();
        } else {
            hp.t.read();
        }
    }
}




fn f135<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = ho.t;
    look(&o);
    while cond() {
    }
    return &*p;
}




fn f136<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        if cond() {
            p.read();
        }
        hq.t.write();
    }
    return &*q;
}

fn f137(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    if cond() { return; }
}

fn f138(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hp.s.write(); };
    q.read();
    if cond() { return; }
    let mut k1 = || { p.write(); };
    k0();
    if cond() { return; }
    let mut a2 = o;
    let mut a3 = R::new();
}

fn f139(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { hq.t.write(); };
    q.read();
    let mut h1 = H::new();
    hlook(&*hq);
}

fn f140(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut a1 = R::new();
    let mut r2 = pick(&o);
    take(a0);
    let mut r3 = a0.me();
    let mut h4 = H::new();
    poke(&mut ho.s);
    let mut m5 = &h4;
    r3 = if cond() { &o } else { &*r2 };
    take(ho.s);
}

fn f141(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(*q);
    let mut k0 = || { hp.s.write(); };
    return *p;
}

fn f142(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = R::new();
    let mut r1 = pick(&ho.t);
    htake(ho);
    look(&*q);
    let mut h2 = H::new();
    if cond() { return *q; }
    let mut k3 = || { hp.s.write(); };
    let mut h4 = ho;
    if cond() { return o; }
    h4.t.write();
    return hq.t;
}

fn f143(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut ho);
    while cond() {
        if cond() { return; }
        let mut r0 = hp.t.me();
    }
}

fn f144(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &hq.s;
    if cond() {
        {
            {
            }
        }
    } else {
    }
    return *p;
}

fn f145(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = if cond() { &*q } else { &hp.s };
    ho.t = R::new();
}




fn f146<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut *q;
    let mut r1 = if cond() { &hq.s } else { &*w0 };
    return &*p;
}




fn f147<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &hq.t;
    while cond() {
        {
            while cond() {
                r0.write();
                take(hp.s);
            }
            if cond() {
                take(o);
                hpoke(&mut *hq);
                let mut m1 = &*hp;
            } else {
            }
        }
    }
    return &*q;
}

fn f148(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut ho.s);
    q.merge(&hp.t);
    return hq.s;
}

fn f149(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hq.t = R::new();
    let mut m0 = &*hp;
    let mut r1 = &hq.t;
    let mut h2 = H::new();
    let mut k3 = || { h2.t.write(); };
    look(&*q);
}

fn f150(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() {
        hq.s = o;
        let mut a0 = ho.s;
        let mut m1 = &*hq;
    }
    return *p;
}




fn f151<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hp);
    take(*q);
    while cond() {
        let mut r0 = if cond() { &o } else { &ho.t };
    }
    let mut a1 = o;
    let mut r2 = if cond() { &hp.s } else { &*p };
    a1.read();
    let mut a3 = a1;
    let mut m4 = &*hq;
    return q.me();
}




fn f152<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = make();
    let mut r1 = &*q;
    let mut r2 = &*r1;
    let mut k3 = || { hq.s.write(); };
    while cond() {
        ho.t = R::new();
        let mut h4 = H::new();
        let mut a5 = ho.t;
    }
    return either(&o, &*q);
}

fn f153(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    let mut r0 = &*p;
    let mut m1 = &*hp;
    take(ho.s);
    hpoke(&mut *hp);
    let mut r2 = q.me();
    r0 = r0.me();
    {
        r2 = pick(&*r2);
        let mut h3 = H::new();
    }
}

fn f154(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { ho.s.write(); };
    hq.s.read();
    while cond() {
        let mut a1 = R::new();
    }
    k0();
    'l2: while cond() {
        ho.t.read();
    }
}

fn f155(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut a1 = R::new();
    while cond() {
        while cond() {
            poke(&mut o);
            let mut k2 = || { p.write(); };
            if cond() {
                let mut r3 = &*p;
                htake(*hp);
            }
        }
    }
}

fn f156(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    look(&hq.s);
    {
        let mut k0 = || { hq.t.write(); };
        hpoke(&mut *hp);
        let mut h1 = ho;
    }
    let mut r2 = pick(&ho.s);
    if cond() {
        let mut a3 = R::new();
        r2 = &*r2;
    } else {
    }
    return *q;
}

fn f157(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = o.me();
    look(&o);
    let mut w1 = &mut o;
    if cond() {
        let mut a2 = ho.t;
    } else {
        let mut h3 = H::new();
        hlook(&*hp);
    }
    return hp.s;
}

fn f158(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    let mut h1 = ho;
}

fn f159(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    hlook(&*hq);
    let mut h1 = ho;
    let mut k2 = || { hq.t.write(); };
    ho.s = R::new();
    poke(&mut o);
    let mut m3 = &ho;
}




fn f160<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut o;
    htake(ho);
    let mut h1 = H::new();
    return hp.s.me();
}

fn f161(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    let mut r0 = if cond() { &hq.s } else { &ho.s };
    look(&*r0);
    let mut k1 = || { look(&*p); };
    take(ho.s);
}

fn f162(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut k1 = || { look(&*q); };
}

fn f163(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&*p); };
    hq.s.write();
    poke(&mut ho.t);
    let mut r1 = &hp.s;
    let mut h2 = H::new();
    k0();
    let mut a3 = o;
    poke(&mut *r1);
    ho.s.read();
}

fn f164(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut m1 = &*hq;
    let mut a2 = ho.s;
    poke(&mut ho.s);
}

fn f165(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut m1 = &ho;
    let mut r2 = if cond() { &*q } else { &*p };
    if cond() { return; }
    r2 = pick(&a0);
    m1.s.read();
    hlook(&ho);
    m1.s.read();
    let mut r3 = if cond() { &hp.t } else { &*q };
    hq.s.merge(q.me());
}

fn f166(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*q);
    let mut a0 = ho.t;
    take(ho.s);
    hlook(&*hq);
    let mut m1 = &*hp;
    o.read();
    hq.s.merge(&hp.t);
    let mut r2 = o.me();
    take(o);
    htake(ho);
}




fn f167<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.s = o;
    hp.s.write();
    let mut m0 = &*hp;
    take(ho.s);
    let mut r1 = &m0.t;
    take(ho.t);
    {
        let mut m2 = &*hq;
    }
    let mut a3 = make();
    hq.t.read();
    if cond() {
    } else {
    }
    return &o;
}




fn f168<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hp.s.write();
    if cond() { return pick(&hp.t); }
    let mut r0 = if cond() { &hq.t } else { &hp.t };
    return &*p;
}

fn f169(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(*hp);
    hq.s = ho.s;
    poke(&mut *q);
    poke(&mut hp.s);
    poke(&mut ho.s);
    if cond() {
        let mut m0 = &*hq;
        let mut r1 = if cond() { &ho.s } else { &*q };
    }
}

fn f170(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut k1 = || { look(&ho.t); };
    while cond() {
        take(a0);
    }
    let mut r2 = pick(&*p);
    let mut w3 = &mut hq.t;
    let mut a4 = ho.s;
    hlook(&*hp);
    let mut a5 = a4;
    let mut a6 = R::new();
}

fn f171(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.t);
    if cond() {
        let mut r0 = &hp.s;
        ho.s = o;
        let mut a1 = R::new();
        look(&hq.s);
        r0 = if cond() { &*q } else { &ho.s };
        take(o);
    } else {
    }
}

fn f172(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut m0 = &*hq;
    let mut h1 = H::new();
    if cond() {
        if cond() {
            let mut a2 = make();
            let mut m3 = &*m0;
        } else {
        }
    }
}

fn f173(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    while cond() {
        let mut h0 = H::new();
        take(h0.t);
    }
    p.write();
    let mut m1 = &*hq;
    poke(&mut o);
    poke(&mut o);
    let mut k2 = || { p.write(); };
    let mut h3 = H::new();
    let mut k4 = || { look(&hp.t); };
    let mut r5 = p.me();
    return *p;
}

fn f174(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut a0 = ho.t;
        let mut m1 = &*hq;
        hp.t.read();
    }
    let mut w2 = &mut *q;
    look(&*w2);
    'l3: while cond() {
    }
}




fn f175<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = hq.t.me();
    r0 = &hq.s;
    let mut a1 = ho.t;
    let mut k2 = || { look(&ho.s); };
    return pick(&*q);
}

fn f176(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    let mut h0 = H::new();
    h0.t.write();
    let mut h1 = H::new();
    take(o);
    let mut a2 = make();
}

fn f177(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    if cond() { return; }
}

fn f178(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    'l1: while cond() {
    }
}




fn f179<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut ho.t);
    let mut m0 = &*hp;
    let mut k1 = || { look(&*p); };
    let mut h2 = H::new();
    ho.t = R::new();
    hlook(&*m0);
    return pick(&ho.t);
}




fn f180<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.s.write();
    p.merge(&hp.s);
    let mut r0 = &o;
    return &ho.s;
}

fn f181(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.write();
    let mut k0 = || { p.write(); };
}

fn f182(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    'l1: while cond() {
        take(*q);
    }
    q.write();
    let mut r2 = either(&ho.t, &hp.s);
    let mut m3 = &ho;
    while cond() {
        if cond() { continue; }
        hq.t.read();
    }
}

fn f183(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    if cond() {
        let mut h0 = ho;
        if cond() { return; }
    }
    let mut r1 = q.me();
    o.read();
    look(&*p);
    r1.read();
    if cond() {
        poke(&mut hp.t);
        look(&hp.s);
    }
}

fn f184(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.merge(&hp.t);
    let mut w0 = &mut ho.s;
    w0 = &mut ho.t;
    w0 = &mut *w0;
    w0 = &mut ho.s;
    let mut r1 = hp.s.me();
    let mut h2 = H::new();
    let mut h3 = H::new();
    hp.t = R::new();
    let mut a4 = h3.s;
}

fn f185(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hpoke(&mut *hp);
    if cond() {
        o = R::new();
    } else {
    }
}

fn f186(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut w0 = &mut o;
    }
}

fn f187(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
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




fn f188<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hlook(&*hq);
    let mut a0 = o;
    ho.t.merge(&hq.t);
    let mut a1 = o;
    let mut r2 = &hq.s;
    if cond() { return pick(&a1); }
    let mut w3 = &mut a0;
    w3 = &mut o;
    let mut h4 = H::new();
    return &hq.s;
}




fn f189<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.t);
    take(hq.t);
    let mut a0 = ho.s;
    let mut w1 = &mut hq.s;
    return p.me();
}

fn f190(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = o;
    let mut k1 = || { hp.s.write(); };
    let mut m2 = &ho;
    k1();
    take(a0);
    if cond() {
    } else {
    }
    return ho.s;
}

fn f191(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    look(&hq.t);
    let mut r0 = &hq.s;
    let mut h1 = H::new();
    let mut h2 = H::new();
    let mut a3 = o;
    {
        let mut a4 = make();
        while cond() {
        }
    }
}




fn f192<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { look(&ho.t); };
    poke(&mut o);
    let mut r1 = &hq.t;
    hq.s = ho.s;
    if cond() { return &o; }
    hq.s = o;
    while cond() {
        ho.t.read();
        let mut a2 = ho.s;
        let mut w3 = &mut hp.s;
    }
    o.merge(&o);
    return &hp.s;
}




fn f193<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut o);
    look(&ho.s);
    poke(&mut *q);
    hpoke(&mut ho);
    return p.me();
}

fn f194(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    ho.s = R::new();
    if cond() { return; }
    a0.write();
    if cond() {
        hlook(&ho);
        if cond() { return; }
        let mut w1 = &mut a0;
        p.merge(pick(&*w1));
    } else {
        {
            let mut h2 = H::new();
        }
    }
}

fn f195(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    htake(ho);
    let mut r0 = o.me();
    hlook(&*hp);
    let mut r1 = if cond() { &*q } else { &o };
}

fn f196(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.t); };
    let mut m1 = &*hp;
    let mut r2 = if cond() { &*q } else { &o };
    hpoke(&mut ho);
    o.read();
    let mut r3 = if cond() { &*q } else { &*q };
    take(o);
    let mut k4 = || { hq.s.write(); };
}




fn f197<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    q.read();
    let mut m0 = &ho;
    poke(&mut o);
    let mut a1 = make();
    return p.me();
}

fn f198(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o = R::new();
    p.write();
    if cond() {
        let mut a0 = ho.s;
        let mut h1 = ho;
        q.merge(&h1.s);
        take(a0);
        let mut h2 = H::new();
        let mut r3 = &o;
    } else {
        take(*q);
    }
}

fn f199(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut m0 = &*hp;
    while cond() {
        let mut a1 = R::new();
        ho.t = R::new();
        a1 = a1;
        let mut r2 = &ho.t;
    }
    htake(ho);
    let mut r3 = &m0.s;
    return ho.t;
}

fn f200(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    poke(&mut hp.t);
    let mut r0 = pick(&hp.t);
    let mut r1 = &*r0;
    take(*r0);
    q.merge(ho.t.me());
    'l2: while cond() {
        r1 = either(&*r0, &hq.t);
        r0 = &*r0;
    }
}

fn f201(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = ho;
    take(h0.t);
    let mut a1 = ho.s;
    let mut r2 = if cond() { &ho.s } else { &o };
    take(h0.s);
    let mut a3 = a1;
    poke(&mut a3);
    let mut a4 = make();
    let mut w5 = &mut hp.t;
}

fn f202(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    if cond() {
        a0.write();
        hp.t.merge(hq.t.me());
    }
    {
        o.read();
        let mut r1 = pick(&*q);
        r1.write();
    }
}

fn f203(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = p.me();
    htake(ho);
    if cond() {
        while cond() {
            hpoke(&mut ho);
        }
        r0 = if cond() { &hp.s } else { &o };
        take(*p);
        take(o);
        let mut a1 = R::new();
        let mut a2 = ho.t;
    } else {
    }
}




fn f204<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    o.write();
    if cond() { return pick(&hp.t); }
    return &ho.t;
}




fn f205<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    ho.t.merge(pick(&*p));
    p.merge(&*p);
    let mut a0 = R::new();
    let mut r1 = &hq.t;
    q.read();
    hpoke(&mut ho);
    {
        let mut m2 = &ho;
        take(a0);
    }
    return hp.s.me();
}

fn f206(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut hq.t);
    let mut k0 = || { look(&hp.s); };
    let mut r1 = &hp.s;
    let mut h2 = ho;
    'l3: while cond() {
    }
}

fn f207(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    hlook(&*hp);
    hq.t.read();
    let mut a0 = R::new();
    if cond() { return; }
    poke(&mut o);
    take(ho.t);
}




fn f208<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = if cond() { &o } else { &*p };
    let mut r1 = if cond() { &hp.t } else { &*r0 };
    hpoke(&mut *hq);
    return &hp.s;
}




fn f209<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut a0 = R::new();
    take(*p);
    let mut k1 = || { hq.t.write(); };
    let mut a2 = ho.s;
    k1();
    let mut a3 = o;
    if cond() {
        poke(&mut hq.s);
        let mut a4 = a2;
        let mut h5 = H::new();
        if cond() {
        } else {
        }
    } else {
    }
    return o.me();
}

fn f210(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    hlook(&*hp);
    a0.merge(&*p);
    let mut r1 = pick(&*p);
    let mut a2 = R::new();
    q.write();
}

fn f211(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    if cond() {
        hp.s.write();
        take(o);
        let mut k1 = || { look(&*p); };
        look(&h0.s);
        let mut r2 = hq.t.me();
    }
    h0.s.read();
    hpoke(&mut *hp);
}

fn f212(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(ho.t);
    let mut k0 = || { ho.t.write(); };
    hp.s.write();
    let mut w1 = &mut ho.t;
    let mut a2 = R::new();
    while cond() {
        let mut r3 = pick(&hq.t);
        hq.s.merge(&hq.t);
    }
    look(&hp.t);
    {
    }
    return *p;
}

fn f213(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
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

fn f214(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        if cond() {
            {
                o.merge(&*q);
                hq.s = o;
                let mut a0 = ho.s;
                htake(*hp);
            }
        }
        let mut a1 = make();
    } else {
        let mut r2 = &ho.t;
        take(o);
    }
}

fn f215(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut o;
    let mut h1 = H::new();
    let mut a2 = make();
    ho.s.write();
}

fn f216(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.read();
    if cond() { return; }
    let mut w0 = &mut ho.t;
    let mut r1 = hq.t.me();
    let mut k2 = || { hp.t.write(); };
}

fn f217(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        p.merge(&hq.t);
        let mut h0 = H::new();
    }
    look(&hq.s);
    let mut r1 = pick(&hp.t);
    if cond() { return; }
    let mut a2 = make();
    if cond() {
        let mut m3 = &ho;
        let mut a4 = make();
        let mut k5 = || { look(&hp.s); };
    }
}

fn f218(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    hpoke(&mut h0);
    let mut k1 = || { hp.s.write(); };
    h0.s.merge(&ho.t);
    let mut a2 = R::new();
    p.write();
    while cond() {
    }
}

fn f219(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut h0 = ho;
    let mut r1 = &ho.s;
    return o;
}




fn f220<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        let mut w1 = &mut o;
        let mut w2 = &mut ho.t;
        let mut a3 = R::new();
        p.write();
        take(*q);
    }
    return &*q;
}




fn f221<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = either(&ho.s, &hq.t);
    htake(ho);
    r0 = &*q;
    let mut a1 = o;
    let mut k2 = || { look(&*q); };
    hq.t.read();
    if cond() { return pick(&o); }
    if cond() {
        a1.write();
        r0.write();
        let mut r3 = &a1;
    } else {
    }
    return &hq.t;
}

fn f222(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.merge(&*p);
    'l0: while cond() {
        ho.t = o;
        let mut r1 = if cond() { &o } else { &o };
    }
    if cond() { return; }
    let mut a2 = ho.t;
    let mut m3 = &*hq;
    let mut r4 = &m3.t;
    let mut k5 = || { q.write(); };
    ho.s.write();
    r4 = &hq.s;
}

fn f223(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut m1 = &*hq;
    poke(&mut hq.t);
    if cond() { return; }
}

fn f224(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.t;
    hpoke(&mut *hq);
    let mut a1 = make();
    let mut a2 = R::new();
    if cond() { return; }
    let mut k3 = || { look(&hq.s); };
    r0.merge(pick(&a1));
    r0 = &o;
    while cond() {
        poke(&mut *q);
        take(o);
    }
}

fn f225(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.write();
    'l0: while cond() {
        let mut a1 = ho.t;
        let mut r2 = &*q;
        let mut a3 = a1;
        let mut h4 = H::new();
        let mut h5 = h4;
        while cond() {
            r2.read();
            let mut a6 = make();
        }
        let mut k7 = || { look(&*q); };
    }
}




fn f226<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(ho.s);
    let mut r0 = &ho.t;
    p.merge(if cond() { &*r0 } else { &*p });
    ho.s.merge(pick(&*p));
    hlook(&*hp);
    let mut r1 = &o;
    let mut m2 = &*hq;
    hlook(&*hp);
    let mut m3 = &*hq;
    hlook(&*m3);
    return &hq.s;
}




fn f227<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    take(hp.s);
    hp.t.read();
    p.read();
    let mut a0 = R::new();
    hq.s = R::new();
    take(hq.t);
    return &o;
}

fn f228(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = pick(&ho.s);
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
    } else {
    }
    return *q;
}

fn f229(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    let mut r1 = &ho.t;
    hq.t.merge(&hq.t);
    ho.s.write();
    hq.t.merge(&hq.t);
    poke(&mut *q);
    if cond() { return; }
    let mut r2 = &*r1;
    let mut m3 = &*hp;
}

fn f230(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    o.write();
    {
        p.merge(&ho.s);
    }
}

fn f231(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = o;
    let mut k1 = || { ho.t.write(); };
    let mut k2 = || { look(&hp.s); };
    let mut a3 = make();
    let mut m4 = &*hq;
    a3 = R::new();
    if cond() { return; }
    let mut r5 = &hp.s;
    hq.s.read();
}

fn f232(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.s);
    let mut h0 = ho;
    h0.s = h0.s;
    let mut a1 = R::new();
    let mut r2 = pick(&a1);
    let mut k3 = || { look(&hq.s); };
    k3();
}

fn f233(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&ho);
    hq.s.merge(&*p);
    take(ho.t);
    ho.s.read();
}

fn f234(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.t;
    let mut r1 = a0.me();
}




fn f235<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { p.write(); };
    let mut r1 = &*q;
    ho.s.write();
    k0();
    look(&hq.s);
    if cond() { return &*p; }
    take(o);
    return &hp.t;
}

fn f236(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(*p);
    let mut r0 = hq.t.me();
    if cond() {
        let mut m1 = &ho;
        if cond() {
            hlook(&ho);
        }
    } else {
    }
}




fn f237<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    look(&ho.s);
    let mut w0 = &mut hp.t;
    let mut k1 = || { look(&hp.s); };
    return &ho.s;
}

fn f238(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = make();
    hq.s.write();
    let mut a1 = ho.s;
    let mut r2 = if cond() { &*p } else { &o };
    let mut h3 = H::new();
    a1.read();
    return hp.s;
}

fn f239(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s.merge(&o);
    while cond() {
        let mut h0 = H::new();
        take(hq.s);
    }
    hq.s.merge(&hp.t);
    let mut a1 = ho.t;
}

fn f240(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.s); };
    let mut r1 = o.me();
    let mut h2 = H::new();
    if cond() { return; }
    r1 = hp.s.me();
    r1.merge(&hp.t);
    let mut m3 = &ho;
    let mut h4 = H::new();
    hlook(&*hq);
    ho.t.read();
}

fn f241(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    while cond() {
        let mut w1 = &mut hq.t;
    }
    let mut a2 = o;
    let mut a3 = R::new();
    let mut r4 = if cond() { &hp.t } else { &a2 };
    r4 = a3.me();
    {
        while cond() {
            let mut k5 = || { look(&ho.s); };
        }
    }
}

fn f242(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.write();
    while cond() {
        let mut r0 = p.me();
        let mut a1 = ho.s;
        r0 = &o;
    }
}

fn f243(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        hpoke(&mut *hq);
        poke(&mut *p);
        poke(&mut *q);
        if cond() {
            poke(&mut o);
            let mut w0 = &mut hq.t;
        } else {
            let mut a1 = make();
            hq.t.merge(&hq.s);
        }
    }
}

fn f244(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&*q);
    let mut k1 = || { look(&*q); };
    while cond() {
        let mut h2 = ho;
        hp.s.merge(&hq.t);
        let mut h3 = h2;
        k1();
    }
}

fn f245(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.s = R::new();
    htake(*hp);
    ho.s = o;
    look(&ho.s);
}

fn f246(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    {
        let mut r0 = &*p;
        let mut a1 = R::new();
        let mut k2 = || { look(&*q); };
    }
    hpoke(&mut *hp);
    hpoke(&mut *hp);
    {
        let mut k3 = || { look(&*q); };
    }
    return ho.t;
}

fn f247(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.s;
    ho.s.write();
    let mut k1 = || { q.write(); };
    let mut a2 = make();
    poke(&mut a2);
    htake(ho);
}

fn f248(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut w0 = &mut ho.t;
    while cond() {
        let mut a1 = ho.t;
    }
    w0 = &mut *q;
    w0 = &mut *q;
    look(&hp.t);
}

fn f249(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return *q; }
    if cond() {
        let mut a0 = ho.t;
        let mut w1 = &mut a0;
    }
    look(&*p);
    while cond() {
        hp.s.write();
    }
    hp.s.read();
    let mut r2 = pick(&*p);
    return o;
}




fn f250<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { q.write(); };
    let mut a1 = ho.t;
    let mut h2 = H::new();
    let mut r3 = hq.t.me();
    return p.me();
}

fn f251(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = make();
    ho.t.read();
    let mut r1 = &ho.t;
    let mut r2 = &*p;
    let mut a3 = R::new();
    let mut w4 = &mut *p;
    o.merge(pick(&*p));
}

fn f252(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut ho.t);
    let mut r0 = o.me();
    p.read();
}

fn f253(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.s;
    while cond() {
        while cond() {
            let mut h1 = H::new();
        }
        hp.t.write();
        'l2: while cond() {
            let mut k3 = || { hp.t.write(); };
        }
    }
}

fn f254(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    let mut h1 = H::new();
    if cond() { return; }
    let mut a2 = ho.s;
    let mut a3 = o;
    let mut k4 = || { look(&*p); };
    htake(h1);
    let mut h5 = h1;
    let mut a6 = h5.t;
    let mut h7 = H::new();
}

fn f255(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t.read();
    let mut h0 = H::new();
    p.write();
    'l1: while cond() {
        let mut r2 = pick(&h0.t);
        if cond() { continue; }
    }
}

fn f256(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    q.write();
    look(&*q);
    let mut k0 = || { hp.s.write(); };
}




fn f257<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    poke(&mut *p);
    let mut k0 = || { ho.t.write(); };
    ho.s = ho.t;
    'l1: while cond() {
        let mut h2 = ho;
        hp.t.read();
    }
    return pick(&hq.s);
}

fn f258(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &hq.t;
    hlook(&ho);
    'l1: while cond() {
        htake(ho);
        let mut r2 = &*p;
        let mut w3 = &mut o;
        look(&*q);
        o.read();
    }
}

fn f259(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    take(hp.s);
    poke(&mut ho.s);
    'l0: while cond() {
        let mut r1 = &ho.s;
        if cond() { continue; }
        let mut h2 = H::new();
    }
    if cond() { return *q; }
    let mut k3 = || { look(&ho.s); };
    p.write();
    htake(*hp);
    let mut a4 = o;
    return o;
}

fn f260(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        let mut k0 = || { look(&*q); };
    }
    hpoke(&mut *hq);
    take(*q);
}

fn f261(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    ho.t.merge(&*p);
    let mut k0 = || { look(&*q); };
    'l1: while cond() {
        take(ho.t);
        let mut a2 = R::new();
        let mut r3 = q.me();
    }
    k0();
    let mut a4 = make();
    return ho.t;
}

fn f262(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &ho.t;
    poke(&mut hq.s);
    poke(&mut *q);
    let mut h1 = H::new();
    take(o);
    r0 = &*p;
    'l2: while cond() {
        let mut a3 = ho.s;
        let mut a4 = ho.s;
    }
    let mut a5 = h1.t;
    let mut a6 = a5;
}

fn f263(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    if cond() { return ho.s; }
    poke(&mut o);
    while cond() {
        look(&ho.s);
        hq.s = R::new();
        poke(&mut hp.s);
        htake(*hp);
        let mut k0 = || { look(&ho.t); };
        take(ho.t);
    }
    return o;
}

fn f264(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() { return; }
    while cond() {
        hq.s.merge(&o);
        let mut a0 = ho.t;
    }
    hpoke(&mut *hq);
}

fn f265(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut w0 = &mut ho.t;
    if cond() {
        let mut r1 = p.me();
        o = R::new();
        hp.t.write();
        let mut k2 = || { ho.t.write(); };
        r1.write();
        poke(&mut *q);
    }
    if cond() {
        let mut a3 = ho.t;
    } else {
    }
    return o;
}

fn f266(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = pick(&hp.s);
    let mut h1 = ho;
    hlook(&ho);
    hpoke(&mut *hq);
    let mut m2 = &ho;
    let mut a3 = make();
}

fn f267(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = ho.s;
    if cond() {
        let mut w1 = &mut *q;
        let mut a2 = ho.s;
    } else {
        let mut h3 = H::new();
        let mut a4 = a0;
        {
            let mut h5 = H::new();
            let mut a6 = ho.t;
            if cond() {
                let mut a7 = make();
            } else {
            }
        }
    }
}

fn f268(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&ho.s); };
    if cond() { return; }
    htake(ho);
    let mut a1 = R::new();
    if cond() {
        p.merge(&a1);
        take(*p);
        ho.t = R::new();
        let mut k2 = || { look(&*p); };
    }
}

fn f269(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { q.write(); };
    hlook(&*hp);
    hp.s = R::new();
    o.read();
    let mut r1 = hq.s.me();
    hlook(&*hp);
    p.merge(if cond() { &o } else { &hq.t });
    let mut r2 = &hq.s;
    r1 = &*r1;
    hp.s.merge(&o);
    let mut r3 = p.me();
}

fn f270(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut a0 = R::new();
    let mut m1 = &*hp;
}

fn f271(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    if cond() {
        hq.t.write();
    } else {
        if cond() {
            if cond() {
                let mut r0 = &hq.s;
                let mut r1 = &*q;
                take(o);
                let mut r2 = ho.t.me();
            } else {
                poke(&mut o);
            }
        }
    }
}




fn f272<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    {
        hlook(&*hp);
    }
    return &hp.s;
}




fn f273<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    'l0: while cond() {
        take(ho.s);
        o.merge(pick(&*q));
        hlook(&*hq);
    }
    while cond() {
        {
            hp.s = R::new();
            hq.s.write();
        }
    }
    look(&*q);
    let mut h1 = H::new();
    let mut k2 = || { look(&h1.s); };
    return pick(&ho.t);
}

fn f274(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    poke(&mut hp.s);
    if cond() { return hq.s; }
    take(o);
    return hp.t;
}




fn f275<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut w0 = &mut hq.t;
    w0.read();
    let mut r1 = &*q;
    w0 = &mut o;
    poke(&mut *w0);
    look(&*p);
    if cond() { return &*w0; }
    return hq.s.me();
}




fn f276<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut k0 = || { p.write(); };
    o.read();
    let mut r1 = either(&hp.s, &ho.s);
    while cond() {
        r1 = pick(&hp.t);
    }
    look(&hp.t);
    let mut h2 = ho;
    r1.read();
    hlook(&ho);
    while cond() {
    }
    return &o;
}

fn f277(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    hp.t.write();
    look(&ho.s);
    hp.s = R::new();
    let mut r0 = either(&*p, &o);
    r0 = if cond() { &*r0 } else { &hq.t };
    if cond() {
        let mut h1 = H::new();
        while cond() {
        }
    } else {
    }
    return hp.s;
}

fn f278(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut a0 = R::new();
    let mut a1 = make();
    hlook(&*hq);
    return hp.s;
}

fn f279(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = ho.s.me();
    if cond() {
        let mut w1 = &mut o;
        hlook(&*hp);
        p.write();
    } else {
        let mut k2 = || { look(&hq.t); };
        htake(ho);
        let mut m3 = &ho;
        take(o);
        if cond() {
        } else {
        }
    }
}

fn f280(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut h0 = H::new();
    ho.s.merge(&o);
    while cond() {
        let mut h1 = H::new();
    }
    htake(h0);
    o.read();
    ho.s.read();
    if cond() {
        q.merge(&*p);
        while cond() {
            {
            }
        }
    } else {
    }
}

fn f281(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut k0 = || { look(&hp.t); };
    let mut r1 = &hp.s;
    hlook(&*hp);
    q.write();
    ho.s = R::new();
    hpoke(&mut ho);
    let mut r2 = &ho.t;
    let mut m3 = &ho;
    let mut h4 = H::new();
}

fn f282(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    let mut r0 = &o;
    take(o);
    let mut r1 = p.me();
    poke(&mut hp.s);
    q.read();
    hpoke(&mut *hq);
    return *p;
}




fn f283<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut r0 = &*p;
    if cond() {
        let mut w1 = &mut hp.t;
        while cond() {
            let mut a2 = R::new();
            htake(ho);
        }
    }
    htake(ho);
    poke(&mut *q);
    return if cond() { &o } else { &*p };
}




fn f284<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    hq.t = ho.t;
    if cond() {
        o = ho.t;
        let mut r0 = either(&*p, &o);
        poke(&mut hp.t);
        p.write();
    }
    take(*q);
    htake(*hq);
    if cond() {
    } else {
    }
    return pick(&o);
}

fn f285(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(ho.t);
    poke(&mut *p);
    let mut h0 = ho;
    let mut m1 = &*hq;
    let mut r2 = either(&*q, &hp.s);
    m1.t.read();
    let mut h3 = H::new();
    if cond() {
        if cond() {
        } else {
        }
    } else {
    }
}




fn f286<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    hpoke(&mut *hp);
    if cond() {
        while cond() {
            if cond() { continue; }
        }
    }
    return ho.s.me();
}

fn f287(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    take(o);
    {
        let mut k0 = || { ho.s.write(); };
        if cond() { return; }
    }
    let mut r1 = &*q;
    q.write();
    let mut a2 = o;
    poke(&mut *r1);
    'l3: while cond() {
        htake(ho);
        poke(&mut o);
    }
}

fn f288(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    let mut r0 = &*p;
    poke(&mut hp.s);
    let mut h1 = H::new();
    let mut a2 = make();
    let mut a3 = o;
    q.write();
    let mut k4 = || { q.write(); };
    poke(&mut ho.s);
    let mut m5 = &*hp;
}




fn f289<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    htake(ho);
    look(&*q);
    let mut h0 = H::new();
    hq.s = h0.s;
    if cond() {
    } else {
    }
    return &o;
}

fn f290(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
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

fn f291(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    hlook(&*hp);
    let mut w0 = &mut *q;
    let mut a1 = o;
}

fn f292(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    {
        poke(&mut *p);
        let mut w0 = &mut o;
    }
}

fn f293(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    poke(&mut *p);
    let mut k0 = || { q.write(); };
    hpoke(&mut ho);
    hp.t.merge(&*q);
    hq.t = R::new();
    let mut r1 = &ho.t;
    if cond() {
        let mut a2 = o;
        let mut r3 = &*r1;
    } else {
    }
}

fn f294(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    'l0: while cond() {
        let mut a1 = R::new();
    }
    return hq.s;
}




fn f295<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    let mut h0 = H::new();
    let mut h1 = H::new();
    htake(*hq);
    'l2: while cond() {
        hlook(&*hp);
        take(*p);
        let mut r3 = either(&h0.t, &ho.t);
    }
    return &*q;
}

fn f296(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    while cond() {
        if cond() { return; }
        let mut a0 = ho.s;
        let mut r1 = &o;
    }
    hpoke(&mut *hp);
    let mut a2 = R::new();
    if cond() {
        let mut a3 = a2;
        a2.merge(&hq.s);
    } else {
    }
}

fn f297(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) {
    ho.t = R::new();
    htake(ho);
    poke(&mut ho.s);
    let mut a0 = o;
    if cond() {
        let mut a1 = a0;
        take(a0);
        take(ho.s);
    }
}

fn f298(p: &R, q: &mut R, mut o: R, hp: &H, hq: &mut H, mut ho: H) -> R {
    p.read();
    ho.s = ho.t;
    let mut m0 = &*hq;
    let mut k1 = || { hq.t.write(); };
    let mut a2 = ho.s;
    o.write();
    return ho.s;
}




fn f299<'a>(p: &'a R, q: &'a mut R, mut o: R, hp: &'a H, hq: &'a mut H, mut ho: H) -> &'a R {
    {
        ho.s = o;
    }
    return &hq.t;
}

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
