package org.sextant.baseline.internal;

import org.sextant.identity.CurrentUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names the writer for the progress history: at the start of every read-write transaction it sets the
 * transaction-local setting {@code sextant.actor} to the caller's login name, which the
 * {@code task_progress} trigger (V41) records. So every path that changes progress (API, UI, import,
 * demo data) is attributed without passing the user down (ADR 0009).
 */
@Component
class ProgressActor implements TransactionExecutionListener {

    private final ObjectProvider<JdbcClient> jdbc;

    ProgressActor(ObjectProvider<JdbcClient> jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.getObject().sql("select set_config('sextant.actor', ?, true)").param(CurrentUsers.actorName())
                    .query(String.class).single();
        }
    }
}
