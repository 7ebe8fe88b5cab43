#!/usr/bin/env python3
"""Scores the online lookups of `simpul match-bench` against the generator's ground truth.

    online_score.py TRUTH.csv CANDIDATES.csv [--threshold 0.5]

For each held-out record, its true mates are the stored records of the same cluster_id. Prints
how many of those mates the lookup offered at or above the threshold (recall), how many
offered candidates were true mates (precision), and how often the first candidate was one.
"""
import argparse
import csv
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument("truth")
ap.add_argument("candidates")
ap.add_argument("--threshold", type=float, default=0.5)
args = ap.parse_args()

with open(args.truth, newline="", encoding="utf-8") as f:
    cluster = {r["record_id"]: r["cluster_id"] for r in csv.DictReader(f)}
offered = defaultdict(list)
held = []
with open(args.candidates, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        offered[r["record_id"]].append((float(r["probability"]), r["candidate_id"]))
with open(args.candidates + ".held", encoding="utf-8") as f:
    held = [line.strip() for line in f if line.strip()]
held_set = set(held)
members = defaultdict(set)
for rid, c in cluster.items():
    if rid not in held_set:
        members[c].add(rid)

found = mates = shown = right = with_mates = top_right = 0
for q in held:
    truth = members[cluster[q]]
    cands = sorted(offered.get(q, []), reverse=True)
    above = [c for p, c in cands if p >= args.threshold]
    mates += len(truth)
    found += len(truth.intersection(above))
    shown += len(above)
    right += sum(1 for c in above if c in truth)
    if truth:
        with_mates += 1
        top_right += 1 if cands and cands[0][1] in truth else 0
print(f"held out {len(held)}; true mates in store {mates}; offered at p>={args.threshold}: {shown}")
print(f"recall {found / max(mates, 1):.3f}  precision {right / max(shown, 1):.3f}  "
      f"first candidate a true mate for {top_right}/{with_mates} ({top_right / max(with_mates, 1):.3f})")
