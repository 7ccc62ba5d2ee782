"""A vectorised numpy simulation of the basic plan, as the speed reference for `npm run bench:sim`.

The customers are drawn as `lw demo` draws them (the sample retailer's five groups: BG/NBD
purchase rate and dropout, Gamma-Gamma spend); each week, over all customers at once: Poisson
purchases, Gamma basket values, 1 point per currency unit, a 500-point reward taken with a weekly
propensity once reached, and dropout. One thread (numpy's element-wise kernels). Prints one JSON
line: customers, weeks, seconds (wall and CPU), customer-weeks per second.

    python3 tests/bench/numpyBasicPlan.py [customers] [weeks]
"""
import json
import sys
import time

import numpy as np

GROUPS = [  # share, r, alpha (weeks), a, b, p, q, gamma
    (0.15, 3.0, 10, 0.4, 12, 6, 8, 52.5),
    (0.20, 1.2, 12, 0.6, 6, 4, 6, 106),
    (0.25, 0.9, 9, 1.0, 4, 3, 5, 40),
    (0.30, 0.35, 14, 1.2, 2.2, 3, 4, 38),
    (0.10, 1.6, 8, 0.5, 10, 8, 10, 135),
]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    weeks = int(sys.argv[2]) if len(sys.argv) > 2 else 156
    rng = np.random.default_rng(1)
    shares = np.array([g[0] for g in GROUPS])
    group = rng.choice(len(GROUPS), size=n, p=shares / shares.sum())
    par = np.array([g[1:] for g in GROUPS])[group]
    lam = rng.gamma(par[:, 0], 1 / par[:, 1])
    drop = rng.beta(par[:, 2], par[:, 3])
    nu = rng.gamma(par[:, 5], 1 / par[:, 6])
    shape = par[:, 4]
    hazard = 1 - np.exp(-lam * drop)
    member = rng.random(n) < 0.55

    started = time.perf_counter()
    cpu_started = time.process_time()
    # Work only on the customers still alive, and draw spend only for those who bought: the
    # fastest straightforward vectorised form (a fair reference, not a straw man).
    idx = np.arange(n)
    balance = np.zeros(n)
    revenue = np.zeros(weeks)
    cost = np.zeros(weeks)
    for w in range(weeks):
        buys = rng.poisson(lam[idx])
        b = buys > 0
        who = idx[b]
        spend = rng.gamma(buys[b] * shape[who], 1) / nu[who]
        revenue[w] = spend.sum()
        m = member[who]
        balance[who[m]] += np.floor(spend[m])
        ready = idx[balance[idx] >= 500]
        redeem = ready[rng.random(ready.size) < 0.25]
        balance[redeem] -= 500
        cost[w] = 5.0 * redeem.size
        idx = idx[rng.random(idx.size) >= hazard[idx]]
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    print(json.dumps({"customers": n, "weeks": weeks, "seconds": seconds, "cpuSeconds": cpu_seconds, "customerWeeksPerSecond": n * weeks / seconds}))


if __name__ == "__main__":
    main()
