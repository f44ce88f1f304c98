//! A small pool of ledger connections, used from blocking threads.
//!
//! A backend connection (a rusqlite `Connection`) is `Send` but not `Sync`, so each request borrows
//! one whole connection on a `spawn_blocking` thread and gives it back afterwards. Connections are
//! opened lazily by the factory, up to the pool size; the pool never knows which backend it holds.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};

use onrecord_ledger::{Ledger, LedgerError};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Opens one more connection to the ledger the server serves.
pub type LedgerFactory =
    Arc<dyn Fn() -> Result<Box<dyn Ledger + Send>, LedgerError> + Send + Sync + 'static>;

pub struct LedgerPool {
    idle: Mutex<Vec<Box<dyn Ledger + Send>>>,
    permits: Arc<Semaphore>,
    factory: LedgerFactory,
}

impl LedgerPool {
    /// A pool of at most `size` connections (at least one).
    pub fn new(factory: LedgerFactory, size: usize) -> Self {
        LedgerPool {
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(size.max(1))),
            factory,
        }
    }

    /// Opens one connection now, so that a ledger that cannot be opened fails at start.
    pub fn warm_up(&self) -> Result<(), LedgerError> {
        let ledger = (self.factory)()?;
        self.give_back(ledger);
        Ok(())
    }

    fn give_back(&self, ledger: Box<dyn Ledger + Send>) {
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(ledger);
    }

    fn take(&self) -> Result<Box<dyn Ledger + Send>, LedgerError> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        match idle {
            Some(ledger) => Ok(ledger),
            None => (self.factory)(),
        }
    }

    /// Runs `work` with one connection on a blocking thread. A panic inside `work` becomes a 500
    /// and drops that connection instead of returning it.
    pub async fn run<T, F>(self: &Arc<Self>, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Ledger) -> Result<T, ApiError> + Send + 'static,
    {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::unavailable("the server is shutting down"))?;
        let pool = Arc::clone(self);
        let joined = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let mut ledger = pool.take()?;
            match std::panic::catch_unwind(AssertUnwindSafe(|| work(ledger.as_mut()))) {
                Ok(result) => {
                    pool.give_back(ledger);
                    result
                }
                Err(_) => Err(ApiError::internal("the request failed unexpectedly")),
            }
        })
        .await;
        joined.unwrap_or_else(|_| Err(ApiError::internal("the request failed unexpectedly")))
    }
}
