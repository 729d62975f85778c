package org.sextant.baseline.internal;

import java.util.List;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.project.ProjectId;
import org.springframework.stereotype.Service;

/** Placeholder until baselines are stored: no project has one. Replaced by the baseline module. */
@Service
class NoBaselines implements Baselines {

    @Override
    public List<BaselineTask> tasks(ProjectId projectId, int number) {
        return List.of();
    }
}
