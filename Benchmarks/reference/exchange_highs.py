#!/usr/bin/env python3
"""Solve an exchange instance (koppel's interchange JSON) with the HiGHS MIP solver.

A reference, not part of koppel: it shows what a state-of-the-art general MIP solver needs for the
same exact problem, and it is the independent solver the test fixtures' optimum values come from.
Cycle formulation with chains as further columns (a chain is a vacancy followed by 1 … max-chain
people, the same candidates koppel enumerates); maximise people moved, then total weight in
millionths.

    pip install highspy numpy scipy
    python3 Benchmarks/reference/exchange_highs.py instance.json [--max-cycle 3] [--max-chain 3]
        [--time-limit 120] [--two-stage] [--json]

Default: one integer objective `moved · S + micros` (S above any total weight), the timing that
Benchmarks/RESULTS.md compares with. `--two-stage`: first the most people moved, then, with that
number fixed, the most weight; each objective is integral in its unit, so gap 0 is exact.
Prints `highs: …` (or one JSON object with `--json`): status, time, moved, weight.
"""
import argparse
import json
import time

import highspy
import numpy as np
import scipy.sparse as sp


def candidates(instance, max_cycle, max_chain):
    """Every cycle (2 … max_cycle people) and chain (vacancy + 1 … max_chain people) with its weight."""
    people = instance["participants"]
    vacancies = instance.get("vacancies", [])
    ids = sorted(people + vacancies)
    index = {p: i for i, p in enumerate(ids)}
    is_vacancy = [False] * len(ids)
    for v in vacancies:
        is_vacancy[index[v]] = True
    out = [[] for _ in ids]
    inn = [[] for _ in ids]
    weight = {}
    for p, listed in instance["acceptable"].items():
        for q in listed:
            a, b = index[p], index[q]
            out[a].append(b)
            inn[b].append(a)
            weight[(a, b)] = int(round(instance.get("weights", {}).get(p, {}).get(q, 1.0) * 1e6))
    for lst in out + inn:
        lst.sort()
    lists = [set(o) for o in out]
    found = []  # (nodes, moved, micros)

    def extend(path):
        last = path[-1]
        for t in out[last]:
            if t <= path[0] or t in path or is_vacancy[t]:
                continue
            if path[0] in lists[t]:
                cycle = path + [t]
                micros = sum(weight[(cycle[k], cycle[(k + 1) % len(cycle)])] for k in range(len(cycle)))
                found.append((cycle, len(cycle), micros))
            if len(path) + 1 < max_cycle:
                extend(path + [t])

    for s in range(len(ids)):
        if not is_vacancy[s]:
            extend([s])

    def grow(path, micros):
        for a in inn[path[-1]]:
            if a in path:
                continue
            chain = path + [a]
            m = micros + weight[(a, path[-1])]
            found.append((chain, len(chain) - 1, m))
            if len(chain) - 1 < max_chain:
                grow(chain, m)

    if max_chain >= 1:
        for v in range(len(ids)):
            if is_vacancy[v]:
                grow([v], 0)
    return len(ids), found


def solve(n, found, costs, time_limit, fixed_moved=None, abs_gap=1e-7):
    rows = [v for c, _, _ in found for v in c]
    cols = [j for j, (c, _, _) in enumerate(found) for _ in c]
    a = sp.csc_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(found)))
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", time_limit)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", abs_gap)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = len(found), n
    lp.col_cost_ = -np.asarray(costs, dtype=float)
    lp.col_lower_, lp.col_upper_ = np.zeros(len(found)), np.ones(len(found))
    lp.row_lower_, lp.row_upper_ = np.full(n, -highspy.kHighsInf), np.ones(n)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = a.indptr, a.indices, a.data
    lp.integrality_ = [highspy.HighsVarType.kInteger] * len(found)
    h.passModel(lp)
    if fixed_moved is not None:
        moved = np.array([m for _, m, _ in found], dtype=float)
        idx = np.arange(len(found), dtype=np.int32)
        h.addRow(fixed_moved, fixed_moved, len(found), idx, moved)
    started = time.time()
    h.run()
    seconds = time.time() - started
    status = h.modelStatusToString(h.getModelStatus())
    x = np.array(h.getSolution().col_value) if h.getInfo().primal_solution_status else np.zeros(len(found))
    chosen = [found[j] for j in range(len(found)) if x[j] > 0.5]
    return status, seconds, sum(m for _, m, _ in chosen), sum(w for _, _, w in chosen)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--max-cycle", type=int, default=3)
    parser.add_argument("--max-chain", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=120)
    parser.add_argument("--two-stage", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    n, found = candidates(json.load(open(args.file)), args.max_cycle, args.max_chain)
    result = {"candidates": len(found)}
    if not found:
        result.update(status="Optimal", seconds=0.0, moved=0, weightMicros=0)
    elif args.two_stage:
        s1, t1, moved, _ = solve(n, found, [m for _, m, _ in found], args.time_limit, abs_gap=0.5)
        s2, t2, moved2, micros = solve(
            n, found, [w / 1e6 for _, _, w in found], args.time_limit, fixed_moved=moved, abs_gap=1e-7)
        ok = s1 == "Optimal" and s2 == "Optimal" and moved2 == moved
        result.update(status="Optimal" if ok else f"{s1}/{s2}", seconds=t1 + t2, moved=moved2, weightMicros=micros)
    else:
        # One objective, lexicographic: moved · S + micros with S above any total weight.
        scale = 1 + max(w for _, _, w in found) * n
        costs = [(m * scale + w) / scale for _, m, w in found]
        status, seconds, moved, micros = solve(n, found, costs, args.time_limit)
        result.update(status=status, seconds=seconds, moved=moved, weightMicros=micros)
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(f"highs: {result['status']}, {result['seconds']:.2f} s, moved {result['moved']}, "
              f"weight {result['weightMicros'] / 1e6:g}, {len(found)} candidates")


if __name__ == "__main__":
    main()
