"""scikit-learn's KMeans for tests/bench/kmeans.bench.ts (optional: the bench skips it when python3 or
scikit-learn is missing).

  python3 sklearn-kmeans.py init DATA ROWS COLS K SEED
      -> JSON list of K centres: scikit-learn's own greedy k-means++ start (kmeans_plusplus, random_state=SEED).
  python3 sklearn-kmeans.py time DATA ROWS COLS CENTRES_JSON MAX_ITER
      -> JSON {"ms", "iterations", "inertia"}: one KMeans(algorithm="lloyd", n_init=1, tol=0) fit from those
         centres on one thread, timed around fit() (validation, centring copy, iterations, final E-step).

  python3 sklearn-kmeans.py fit DATA ROWS COLS K SEED
      -> JSON {"ms", "iterations", "inertia"}: scikit-learn end to end with its defaults but one thread and one
         initialisation (KMeans(k, n_init=1, random_state=SEED, algorithm="lloyd"): its own k-means++ start,
         tol=1e-4), timed around fit().

DATA is the bench's row-major float64 matrix written as raw little-endian doubles.
"""
import json
import os
import sys
import time

# One thread: set before numpy/scikit-learn load their OpenMP and BLAS pools, and enforced again below.
os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"

import numpy as np  # noqa: E402
from sklearn.cluster import KMeans, kmeans_plusplus  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402


def main() -> None:
    mode, path, rows, cols = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    points = np.fromfile(path, dtype="<f8").reshape(rows, cols)
    with threadpool_limits(limits=1):
        if mode == "init":
            k, seed = int(sys.argv[5]), int(sys.argv[6])
            centres, _ = kmeans_plusplus(points, n_clusters=k, random_state=seed)
            print(json.dumps(centres.tolist()))
            return
        if mode == "fit":
            k, seed = int(sys.argv[5]), int(sys.argv[6])
            model = KMeans(n_clusters=k, n_init=1, random_state=seed, algorithm="lloyd")
            start = time.perf_counter()
            model.fit(points)
            ms = (time.perf_counter() - start) * 1000
            print(json.dumps({"ms": ms, "iterations": int(model.n_iter_), "inertia": float(model.inertia_)}))
            return
        with open(sys.argv[5]) as handle:
            centres = np.array(json.load(handle), dtype=np.float64)
        max_iter = int(sys.argv[6])
        model = KMeans(
            n_clusters=len(centres), init=centres, n_init=1, max_iter=max_iter, tol=0, algorithm="lloyd"
        )
        start = time.perf_counter()
        model.fit(points)
        ms = (time.perf_counter() - start) * 1000
        print(json.dumps({"ms": ms, "iterations": int(model.n_iter_), "inertia": float(model.inertia_)}))


if __name__ == "__main__":
    main()
