"""The peer of `koppel placements solve FILE`: the same interchange file solved with the Python
`matching` package's HospitalResident game (pip install matching==1.4.3), resident-optimal.

Prints {"matches": {placement: [trainees]}} so the harness can check that both found the same
(unique) trainee-optimal stable matching. Pairs are acceptable only when both sides list each
other, as in koppel; the generated benchmark files have only mutual listings.

    python3 Benchmarks/reference/placements_matching.py FILE
"""
import json
import sys
import threading

from matching.games import HospitalResident


def main(path):
    with open(path, encoding="utf-8") as handle:
        instance = json.load(handle)
    residents = instance["trainees"]
    hospitals = {pid: p["ranking"] for pid, p in instance["placements"].items()}
    capacities = {pid: p["capacity"] for pid, p in instance["placements"].items()}
    game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
    matching = game.solve(optimal="resident")
    matches = {hospital.name: sorted(resident.name for resident in assigned) for hospital, assigned in matching.items()}
    json.dump({"matches": matches}, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    # The game deep-copies its players, which refer to each other: at 10,000 × 1,000 that
    # recursion needs a deep stack (the default limit of 1,000 ends in a RecursionError).
    sys.setrecursionlimit(10_000_000)
    threading.stack_size(1 << 29)
    worker = threading.Thread(target=main, args=(sys.argv[1],))
    worker.start()
    worker.join()
