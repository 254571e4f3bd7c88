//! Data parallelism: rayon's with the `parallel` feature, the calling thread's without it.
//!
//! The per-item closures are written once; only the iterator they are mapped over changes
//! (`par_iter` is `iter` without the feature), so results are the same either way.

#[cfg(feature = "parallel")]
pub(crate) use rayon::prelude::*;

#[cfg(not(feature = "parallel"))]
pub(crate) use serial::*;

#[cfg(not(feature = "parallel"))]
mod serial {
    /// `par_iter`/`par_chunks` on slices as their sequential counterparts.
    pub(crate) trait ParallelSlice<T> {
        fn par_iter(&self) -> std::slice::Iter<'_, T>;
        fn par_chunks(&self, n: usize) -> std::slice::Chunks<'_, T>;
    }

    impl<T> ParallelSlice<T> for [T] {
        fn par_iter(&self) -> std::slice::Iter<'_, T> {
            self.iter()
        }
        fn par_chunks(&self, n: usize) -> std::slice::Chunks<'_, T> {
            self.chunks(n)
        }
    }

    /// `par_chunks_mut` as `chunks_mut`.
    pub(crate) trait ParallelSliceMut<T> {
        fn par_chunks_mut(&mut self, n: usize) -> std::slice::ChunksMut<'_, T>;
    }

    impl<T> ParallelSliceMut<T> for [T] {
        fn par_chunks_mut(&mut self, n: usize) -> std::slice::ChunksMut<'_, T> {
            self.chunks_mut(n)
        }
    }

    /// rayon's iterator adaptors the crate uses, on sequential iterators.
    pub(crate) trait SerialIterator: Iterator + Sized {
        fn flat_map_iter<U: IntoIterator, F: FnMut(Self::Item) -> U>(
            self,
            f: F,
        ) -> std::iter::FlatMap<Self, U, F> {
            self.flat_map(f)
        }
        fn with_min_len(self, _len: usize) -> Self {
            self
        }
        fn collect_into_vec(self, out: &mut Vec<Self::Item>) {
            out.clear();
            out.extend(self);
        }
    }

    impl<I: Iterator> SerialIterator for I {}
}
