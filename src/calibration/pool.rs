//! The pooled scores of one horizon ([`Pool`]): sorted, with a bucket index that counts the
//! scores below a value exactly and, away from the tails, mostly without a search.

use serde::{Deserialize, Serialize};

/// The sorted scores of one horizon, with a bucket index over their central 98 % so that
/// counting the scores below a value is one multiplication and a compare of [`WINDOW`]
/// scores, free of branches (a binary search within the bucket when it holds more); the sparse
/// tails (where a uniform grid would be mostly empty) are binary-searched on their own.
///
/// Why the count is exact: the bucket of a value, b(u) = ⌊(u − lo)·inv_step⌋, never
/// decreases as u grows (each rounded step is monotone), so every score in an earlier bucket
/// is below u and every score in a later one above it; only u's own bucket needs comparing,
/// and the scores after it in the window are all above u.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<f64>", into = "Vec<f64>")]
pub(crate) struct Pool {
    pub(super) sorted: Vec<f64>,
    /// `sorted` followed by [`WINDOW`] copies of +∞: a window never runs off the end.
    padded: Vec<f64>,
    /// Bucketed range [lo, hi]: the 1st and 99th percentiles.
    lo: f64,
    hi: f64,
    inv_step: f64,
    /// `index[b]`: the scores below lo plus those in [lo, hi] whose bucket is before b; one
    /// entry per bucket and a last one, the scores up to hi.
    index: Vec<u32>,
    /// The buckets are in use (lo < hi).
    pub(super) windowed: bool,
    /// Number of buckets − 1.
    last_bucket: usize,
}

/// Scores compared at once by [`Pool::count_below`].
const WINDOW: usize = 8;

impl From<Vec<f64>> for Pool {
    fn from(mut v: Vec<f64>) -> Self {
        v.retain(|x| x.is_finite());
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let (lo, hi) = if n == 0 {
            (0.0, 0.0)
        } else {
            (v[n / 100], v[(n - 1) - n / 100])
        };
        let buckets = (4 * n).clamp(1, 1 << 18);
        let inv_step = if hi > lo {
            buckets as f64 / (hi - lo)
        } else {
            0.0
        };
        let mut pool = Pool {
            padded: v.iter().copied().chain([f64::INFINITY; WINDOW]).collect(),
            sorted: v,
            lo,
            hi,
            inv_step,
            index: Vec::new(),
            windowed: false,
            last_bucket: buckets - 1,
        };
        let mut counts = vec![0u32; buckets];
        for &s in pool.sorted.iter().filter(|&&s| s >= lo && s <= hi) {
            counts[pool.bucket(s)] += 1;
        }
        let mut acc = pool.sorted.partition_point(|&e| e < lo) as u32;
        pool.index = Vec::with_capacity(buckets + 1);
        for c in counts {
            pool.index.push(acc);
            acc += c;
        }
        pool.index.push(acc);
        pool.windowed = inv_step > 0.0;
        pool
    }
}

impl From<Pool> for Vec<f64> {
    fn from(p: Pool) -> Self {
        p.sorted
    }
}

impl Pool {
    /// The scores, ascending.
    #[inline]
    pub(crate) fn sorted(&self) -> &[f64] {
        &self.sorted
    }

    /// The bucket of u in [lo, hi].
    #[inline]
    fn bucket(&self, u: f64) -> usize {
        (((u - self.lo) * self.inv_step) as usize).min(self.last_bucket)
    }

    /// Number of scores strictly below `u` (exact; see the type's docs).
    #[inline]
    pub(crate) fn count_below(&self, u: f64) -> usize {
        let v = &self.sorted;
        if !self.windowed {
            return v.partition_point(|&e| e < u);
        }
        if u >= self.lo && u <= self.hi {
            let b = self.bucket(u);
            let (start, end) = (self.index[b] as usize, self.index[b + 1] as usize);
            if end - start <= WINDOW {
                let window = &self.padded[start..start + WINDOW];
                return start + window.iter().map(|&e| usize::from(e < u)).sum::<usize>();
            }
            return start + v[start..end].partition_point(|&e| e < u);
        }
        // The tails: below lo only the scores before the buckets, above hi only those after.
        if u < self.lo {
            let end = self.index[0] as usize;
            v[..end].partition_point(|&e| e < u)
        } else if u > self.hi {
            let start = self.index[self.last_bucket + 1] as usize;
            start + v[start..].partition_point(|&e| e < u)
        } else {
            // NaN: nothing is below it.
            0
        }
    }
}
