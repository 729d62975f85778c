package org.sextant.schedule.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hooks {@link Rescheduler} into every read-write transaction: Spring Boot registers this listener
 * with the transaction manager, and for each new read-write transaction it registers a
 * synchronization that reschedules, before commit, the projects the transaction marked stale. So
 * every write path (API, UI, imports, demo data) gets it, once per project per transaction.
 */
@Component
class RescheduleBeforeCommit implements TransactionExecutionListener {

    private final ObjectProvider<Rescheduler> rescheduler;

    RescheduleBeforeCommit(ObjectProvider<Rescheduler> rescheduler) {
        this.rescheduler = rescheduler;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (!readOnly) {
                        rescheduler.getObject().rescheduleMarkedInThisTransaction();
                    }
                }

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }
            });
        }
    }
}
