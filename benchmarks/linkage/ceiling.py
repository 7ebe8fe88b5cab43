#!/usr/bin/env python3
"""How much pairwise recall the linkage data allows at all, from its ground truth.

    ceiling.py DATA.csv [--precision P]

DATA is a generator file with its `cluster_id` column. The script imagines an oracle that links
every true pair sharing real evidence of identity, and never a stranger:

  * a NIK within two digits of the other (typo, transposition, Excel rounding),
  * a full birth date, equal or one slip away or with day and month exchanged (a NIK's date
    counts where no full date is written),
  * a phone number (last eight digits),
  * or the same normalised name held by at most --rare (10) records.

Records of one person are joined through each other (connected components within the true
cluster), as clustering would. Recall of that oracle bounds any linker that decides on this
evidence; pairwise F1 is then at most 2R/(1+R) with perfect precision, and is printed as well
at the given precision.

The true pairs it cannot reach share at most a name, a place of birth, a sex and a birth year.
For those it prints, per kind of shared evidence, how many pairs of records with the same
normalised name share that evidence and how many of them are one person (purity) — over name
groups of at most --group (300) records; bigger groups hold more strangers. Linking a set of
pairs raises F1 only when more than F1/2 of them are true pairs.

Normalisation here is deliberately simple (upper case, letters only, old spelling oe/dj/tj/sj/
nj/ch, titles dropped, tokens sorted); it undercounts name agreement, so the purities are
upper bounds for exact-name groups.
"""
import argparse
import collections
import csv
import itertools
import re

OLD = [("OE", "U"), ("DJ", "J"), ("TJ", "C"), ("SJ", "SY"), ("NJ", "NY"), ("CH", "KH")]
TITLES = {"H", "HJ", "DRS", "IR", "DR", "SH", "SE"}
PLACE_WORDS = {"KAB", "KABUPATEN", "KOTA", "KOTAMADYA"}


def name_key(n):
    toks = []
    for t in re.sub(r"[^A-Z ]", " ", n.upper()).split():
        if t in TITLES:
            continue
        for a, b in OLD:
            t = t.replace(a, b)
        toks.append(t)
    return " ".join(sorted(toks))


def place_key(p):
    return " ".join(t for t in re.sub(r"[^A-Z ]", " ", p.upper()).split() if t not in PLACE_WORDS)


def nik_digits(s):
    d = re.sub(r"\D", "", s)
    return d if len(d) == 16 else ""


def full_date(written, nik):
    d = written.strip()
    if len(d) == 10:
        return d
    if nik:
        day = int(nik[6:8])
        day = day - 40 if day > 40 else day
        yy = int(nik[10:12])
        return "%04d-%s-%02d" % (1900 + yy if yy > 26 else 2000 + yy, nik[8:10], day)
    return ""


def record(r):
    nik = nik_digits(r["nik"])
    date = full_date(r["dob"], nik)
    year = int(date[:4]) if date else (int(r["dob"].strip()[:4]) if r["dob"].strip()[:4].isdigit() else 0)
    phone = re.sub(r"\D", "", r["phone"])
    return (name_key(r["full_name"]), nik, date, year, phone[-8:] if len(phone) >= 8 else "",
            place_key(r["pob"]))


def close(a, b, slips):
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= slips


def evidence(a, b, rare, freq):
    """Whether a pair shares evidence of identity beyond name, place, sex and year."""
    if a[1] and b[1] and close(a[1], b[1], 2):
        return True
    da, db = a[2], b[2]
    if da and db and (da == db or close(da, db, 1) or (da[:4] == db[:4] and da[5:7] == db[8:10] and da[8:10] == db[5:7])):
        return True
    if a[4] and a[4] == b[4]:
        return True
    return a[0] == b[0] and freq[a[0]] <= rare


def weak_kind(a, b):
    """What a pair without real evidence still shares."""
    kind = ["name" if a[0] == b[0] else ("name part" if set(a[0].split()) & set(b[0].split()) else "no name")]
    if a[5] and a[5] == b[5]:
        kind.append("place")
    if a[3] and b[3] and abs(a[3] - b[3]) <= 1:
        kind.append("year")
    return " + ".join(kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--precision", type=float, default=0.97)
    ap.add_argument("--rare", type=int, default=10)
    ap.add_argument("--group", type=int, default=300)
    args = ap.parse_args()

    recs, truth = [], []
    with open(args.data, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            recs.append(record(r))
            truth.append(r["cluster_id"])
    freq = collections.Counter(r[0] for r in recs)
    persons = collections.defaultdict(list)
    for i, c in enumerate(truth):
        persons[c].append(i)

    total = reachable = 0
    unreached = collections.Counter()
    for members in persons.values():
        n = len(members)
        total += n * (n - 1) // 2
        if n < 2:
            continue
        parent = {m: m for m in members}

        def root(x):
            while parent[x] != x:
                x = parent[x]
            return x
        for i, j in itertools.combinations(members, 2):
            if evidence(recs[i], recs[j], args.rare, freq):
                parent[root(i)] = root(j)
        sizes = collections.Counter(root(m) for m in members)
        reachable += sum(k * (k - 1) // 2 for k in sizes.values())
        for i, j in itertools.combinations(members, 2):
            if root(i) != root(j):
                unreached[weak_kind(recs[i], recs[j])] += 1

    r = reachable / total
    p = args.precision
    print(f"records {len(recs)}, true pairs {total}")
    print(f"oracle recall (NIK, full date, phone or a name held by <= {args.rare} records): {r:.4f}")
    print(f"pairwise F1 at most {2 * r / (1 + r):.4f} with no false link, {2 * p * r / (p + r):.4f} at precision {p}")
    print(f"true pairs beyond it: {total - reachable} ({(total - reachable) / total:.1%})")
    for kind, n in unreached.most_common():
        print(f"  {n:7d}  share {kind}")

    # Purity of the weak kinds among pairs of records with the same normalised name.
    same, strangers = collections.Counter(), collections.Counter()
    groups = collections.defaultdict(list)
    for i, rec in enumerate(recs):
        groups[rec[0]].append(i)
    for key, members in groups.items():
        if len(members) > args.group or len(members) < 2 or not key:
            continue
        for i, j in itertools.combinations(members, 2):
            a, b = recs[i], recs[j]
            if evidence(a, b, args.rare, freq):
                continue
            kind = weak_kind(a, b)
            if truth[i] == truth[j]:
                same[kind] += 1
            else:
                strangers[kind] += 1
    print(f"pairs with the same name and no other evidence, name groups of 2..{args.group} records:")
    print("  kind                 one person   strangers   purity")
    for kind in sorted(same.keys() | strangers.keys(), key=lambda k: -same[k]):
        t, s = same[kind], strangers[kind]
        print(f"  {kind:20s} {t:10d} {s:11d}   {t / max(t + s, 1):.2f}")


if __name__ == "__main__":
    main()
