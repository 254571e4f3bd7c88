//! What a region is compared with: a reference region's trajectory borrowed for a one-point
//! series ([`borrowed`]), the reference class of comparable series ([`class`]), the two views
//! pooled ([`combine`]), the class's smoothed distribution ([`distribution`]), and how far
//! regions stray from their aggregate ([`spread`]), and a count or money amount judged per head
//! or per unit of GDP against comparable regions ([`intensity`]).

pub(crate) mod borrowed;
pub(crate) mod class;
pub(crate) mod combine;
mod distribution;
pub(crate) mod intensity;
mod spread;

pub use class::{ClassDistribution, ClassGrowth, ReferenceClass};
pub use combine::ClassPool;
pub use intensity::{Peers, Scale};
pub use spread::RegionalSpread;
