#!/usr/bin/env python3
"""Splink 5 (DuckDB) baseline for the person-linkage benchmark, configured as
/work/shared/data/linkage/README.md describes: unsupervised Fellegi-Sunter trained by EM,
blocking on NIK, on a full birth date with a three-letter name prefix, and on phone;
Jaro-Winkler name levels (no term-frequency adjustment, as the README lists none); match
threshold 0.548; connected-components clustering.

    splink_run.py INPUT.csv OUTPUT.csv

Writes record_id,cluster_id. The ground-truth column, if present, is dropped before linking.
SPLINK_MEMORY_LIMIT (say "6GB") caps DuckDB's memory, which otherwise grew past 17 GB at 1M
records on a 24 GB machine; the figures in the README were measured without a cap.
"""
import os
import re
import sys

import duckdb
import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

THRESHOLD = 0.548


def phone(p):
    d = re.sub(r"\D", "", p or "")
    if d.startswith("62"):
        d = d[2:]
    d = d.lstrip("0")
    return d or None


def load(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df = df.drop(columns=[c for c in ("cluster_id",) if c in df.columns])
    out = pd.DataFrame({"unique_id": df["record_id"]})
    out["full_name"] = df["full_name"].str.upper().str.replace(r"\s+", " ", regex=True).str.strip()
    out["nik"] = df["nik"].str.replace(r"\D", "", regex=True)
    out["dob"] = df["dob"].str.strip()
    # The birth-date blocking rule joins full dates only: a year-only date ("1998") shared with
    # a three-letter name prefix puts thousands of records in one block (17 GB of DuckDB at 1M).
    out["dob_full"] = out["dob"].where(out["dob"].str.len() == 10, "")
    out["sex"] = df["sex"].str.upper().str[0]
    out["pob"] = df["pob"].str.upper().str.replace(r"^(KAB\.?|KABUPATEN|KOTA|KOTAMADYA)\s+", "", regex=True)
    out["phone"] = df["phone"].map(phone)
    return out.replace({"": None})


def main():
    src, dst = sys.argv[1], sys.argv[2]
    df = load(src)
    con = duckdb.connect()
    if os.environ.get("SPLINK_MEMORY_LIMIT"):
        con.execute(f"SET memory_limit = '{os.environ['SPLINK_MEMORY_LIMIT']}'")
    db = DuckDBAPI(connection=con)
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("full_name", [0.95, 0.88, 0.7]),
            cl.ExactMatch("nik"),
            cl.ExactMatch("dob"),
            cl.ExactMatch("sex"),
            cl.JaroWinklerAtThresholds("pob", [0.9]),
            cl.ExactMatch("phone"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("nik"),
            block_on("dob_full", "substr(full_name, 1, 3)"),
            block_on("phone"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(db.register(df), settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match([block_on("nik")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("nik"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
    pred = linker.inference.predict(threshold_match_probability=THRESHOLD)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pred, THRESHOLD)
    c = clusters.as_pandas_dataframe()[["unique_id", "cluster_id"]]
    c.columns = ["record_id", "cluster_id"]
    c.to_csv(dst, index=False)


if __name__ == "__main__":
    main()
