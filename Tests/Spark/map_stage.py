"""Runs RelGraph's map stage inside Apache Spark (local mode) and writes the records.

    python3 map_stage.py RELGRAPH ARTICLES.jsonl OUT.jsonl [PARTITIONS]

Spark reads ARTICLES.jsonl as text, splits it into PARTITIONS partitions, and pipes each
partition's lines through `RELGRAPH extract - --format edges-jsonl` (RDD.pipe: the lines go to
the process's standard input, its output lines come back as the partition's elements). The
records are collected in partition order and written to OUT.jsonl, ready for `relgraph merge`.
Used by RelGraphPipelineTests (the test is skipped when pyspark or Java is missing).
"""

import sys

from pyspark import SparkConf, SparkContext


def main() -> None:
    relgraph, articles, out = sys.argv[1], sys.argv[2], sys.argv[3]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("relgraph-map-stage")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(articles, minPartitions=partitions)
        used = lines.getNumPartitions()
        records = lines.pipe(f"{relgraph} extract - --format edges-jsonl --threads 1 --quiet").collect()
    finally:
        sc.stop()
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(r + "\n")
    print(f"partitions={used} records={len(records)}")


if __name__ == "__main__":
    main()
