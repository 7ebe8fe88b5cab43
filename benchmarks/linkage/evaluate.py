#!/usr/bin/env python3
"""Pairwise precision/recall/F1 and B-cubed F1 of a clustering against ground truth.

    evaluate.py TRUTH.csv PREDICTED.csv [--pred-col cluster_id] [--json]

TRUTH.csv has record_id and cluster_id (the generator's output); PREDICTED.csv has record_id
and a cluster column. Every truth record must be predicted exactly once.
"""
import argparse
import csv
import json
import sys
from collections import Counter, defaultdict


def load(path, col):
    with open(path, newline="", encoding="utf-8") as f:
        return {row["record_id"]: row[col] for row in csv.DictReader(f)}


def pairs_count(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def evaluate(truth, pred):
    missing = set(truth) - set(pred)
    extra = set(pred) - set(truth)
    if missing or extra:
        sys.exit(f"prediction covers {len(pred)} records; missing {len(missing)}, unknown {len(extra)}")
    t_size = Counter(truth.values())
    p_size = Counter(pred.values())
    both = Counter((truth[r], pred[r]) for r in truth)
    tp = pairs_count(both.values())
    true_pairs = pairs_count(t_size.values())
    pred_pairs = pairs_count(p_size.values())
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # B-cubed: per record, overlap of its true and predicted clusters.
    bp = br = 0.0
    for (t, p), n in both.items():
        bp += n * n / p_size[p]
        br += n * n / t_size[t]
    bp /= len(truth)
    br /= len(truth)
    bf1 = 2 * bp * br / (bp + br)
    return {"records": len(truth), "true_pairs": true_pairs, "predicted_pairs": pred_pairs,
            "pairwise_precision": round(precision, 4), "pairwise_recall": round(recall, 4),
            "pairwise_f1": round(f1, 4), "bcubed_precision": round(bp, 4), "bcubed_recall": round(br, 4),
            "bcubed_f1": round(bf1, 4), "largest_cluster": max(p_size.values())}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("predicted")
    ap.add_argument("--pred-col", default="cluster_id")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    m = evaluate(load(a.truth, "cluster_id"), load(a.predicted, a.pred_col))
    if a.json:
        print(json.dumps(m))
    else:
        for k, v in m.items():
            print(f"{k:20} {v}")


if __name__ == "__main__":
    main()
