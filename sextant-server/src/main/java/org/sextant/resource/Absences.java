package org.sextant.resource;

import java.time.LocalDate;
import java.util.List;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/** Absences of resources: everyone signed in reads them; ADMIN and PMO record, change and delete them. */
public interface Absences {

    /** A resource's absences, by start. */
    PageResult<Absence> list(ResourceId resource, PageRequest page);

    /** Every absence overlapping {@code from..to}, of any resource (for capacity planning and leveling). */
    List<Absence> overlapping(LocalDate from, LocalDate to);

    Absence get(long id);

    Absence create(ResourceId resource, Absence.Draft draft);

    Absence update(long id, long expectedVersion, Absence.Draft draft);

    void delete(long id, long expectedVersion);
}
