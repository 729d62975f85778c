package org.sextant.earnedvalue.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.engine.evm.ProjectEarnedValue;
import org.sextant.project.ProjectId;
import org.springframework.stereotype.Service;

/** Placeholder until earned value is computed in the server: no project has any. Replaced by this module. */
@Service
class NoEarnedValues implements EarnedValues {

    @Override
    public Optional<ProjectEarnedValue> project(ProjectId projectId, LocalDate statusDate) {
        return Optional.empty();
    }
}
