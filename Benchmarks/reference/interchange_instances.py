"""Random placement and exchange interchange files (40 of each) for comparing two koppel binaries:
    python3 Benchmarks/reference/interchange_instances.py DIR
"""
import json, random, sys
out = sys.argv[1]
for seed in range(40):
    r = random.Random(seed)
    nt, npl = r.randint(1, 60), r.randint(1, 15)
    T = [f"t{i}" for i in range(nt)]; P = [f"p{i}" for i in range(npl)]
    if seed % 5 == 0:
        T = [t + "ë" for t in T]
    tr = {t: r.sample(P, r.randint(0, npl)) for t in T}
    pl = {}
    for p in P:
        appl = [t for t in T if p in tr[t]]
        extra = [t for t in T if t not in appl and r.random() < 0.1]
        rank = [t for t in appl if r.random() > 0.1] + extra
        r.shuffle(rank)
        pl[p] = {"capacity": r.randint(0, 4), "ranking": rank}
    doc = {"trainees": tr, "placements": pl}
    if seed % 3 == 0:
        doc["forbidden"] = {t: r.sample(P, min(1, npl)) for t in r.sample(T, min(3, nt))}
    items = list(doc["trainees"].items()); r.shuffle(items); doc["trainees"] = dict(items)
    with open(f"{out}/p{seed}.json", "w") as f:
        json.dump(doc, f, indent=None if seed % 2 else 2, ensure_ascii=seed % 4 == 0)
    # exchanges
    n = r.randint(2, 25)
    ids = [f"x{i}" for i in range(n)]
    vac = [f"v{i}" for i in range(r.randint(0, 2))]
    acc = {a: r.sample([b for b in ids + vac if b != a], r.randint(0, min(5, n - 1))) for a in ids}
    w = {a: {b: r.choice([1, 2.5, 0.125, 3]) for b in acc[a] if r.random() < 0.5} for a in ids if acc[a] and r.random() < 0.6}
    d = {"participants": ids, "acceptable": acc}
    if w: d["weights"] = w
    if vac: d["vacancies"] = vac
    with open(f"{out}/x{seed}.json", "w") as f:
        json.dump(d, f)
