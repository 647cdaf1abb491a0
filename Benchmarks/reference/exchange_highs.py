#!/usr/bin/env python3
"""Solve an exchange instance (koppel's interchange JSON, cycles only) with the HiGHS MIP solver.

A reference, not part of koppel: it shows what a state-of-the-art general MIP solver needs for the
same exact problem (cycle formulation; maximise people moved, then total weight in millionths, as
one integer objective), so that koppel's exchange timings can be read against it.

    pip install highspy numpy scipy
    python3 Benchmarks/reference/exchange_highs.py instance.json [--max-cycle 3] [--time-limit 120]

Prints one line: moved, weight, the LP bound, the time, and whether optimality was proven.
"""
import argparse
import json
import time

import highspy
import numpy as np
import scipy.sparse as sp


def cycles(instance, max_cycle):
    ids = instance["participants"]
    index = {p: i for i, p in enumerate(ids)}
    out = [sorted(index[b] for b in instance["acceptable"].get(p, [])) for p in ids]
    lists = [set(o) for o in out]
    weight = {}
    for p, listed in instance.get("weights", {}).items():
        for q, w in listed.items():
            weight[(index[p], index[q])] = int(round(w * 1e6))
    micros = lambda a, b: weight.get((a, b), 1_000_000)
    found = []

    def extend(path):
        last = path[-1]
        for t in out[last]:
            if t <= path[0] or t in path:
                continue
            if path[0] in lists[t]:
                cycle = path + [t]
                found.append((cycle, sum(micros(cycle[k], cycle[(k + 1) % len(cycle)]) for k in range(len(cycle)))))
            if len(path) + 1 < max_cycle:
                extend(path + [t])

    for s in range(len(ids)):
        extend([s])
    return len(ids), found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--max-cycle", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=120)
    args = parser.parse_args()
    n, found = cycles(json.load(open(args.file)), args.max_cycle)
    if not found:
        print("moved 0 weight 0 (no cycles)")
        return
    # One objective, lexicographic: moved · S + micros with S above any total weight.
    scale = 1 + max(m for _, m in found) * n
    values = np.array([len(c) * scale + m for c, m in found], dtype=float) / scale
    rows = [v for c, _ in found for v in c]
    cols = [j for j, (c, _) in enumerate(found) for _ in c]
    a = sp.csc_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(found)))

    def solve(integer):
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("time_limit", args.time_limit)
        # Exact, as koppel is: no relative gap; the absolute gap is 1e-7 people ≈ 0.002 weight.
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 1e-7)
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = len(found), n
        lp.col_cost_ = -values
        lp.col_lower_, lp.col_upper_ = np.zeros(len(found)), np.ones(len(found))
        lp.row_lower_, lp.row_upper_ = np.full(n, -highspy.kHighsInf), np.ones(n)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = a.indptr, a.indices, a.data
        if integer:
            lp.integrality_ = [highspy.HighsVarType.kInteger] * len(found)
        h.passModel(lp)
        started = time.time()
        h.run()
        return h, time.time() - started

    relaxed, _ = solve(False)
    bound = -relaxed.getInfo().objective_function_value
    mip, seconds = solve(True)
    status = mip.modelStatusToString(mip.getModelStatus())
    x = np.array(mip.getSolution().col_value) if mip.getInfo().primal_solution_status else np.zeros(len(found))
    chosen = [found[j] for j in range(len(found)) if x[j] > 0.5]
    moved = sum(len(c) for c, _ in chosen)
    weight = sum(m for _, m in chosen) / 1e6
    print(f"highs: {status}, {seconds:.2f} s, moved {moved}, weight {weight:g}, "
          f"LP bound {bound:.4f} people, {len(found)} cycles")


if __name__ == "__main__":
    main()
