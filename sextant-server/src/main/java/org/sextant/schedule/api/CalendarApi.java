package org.sextant.schedule.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.WorkCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendars")
@RestController
@RequestMapping("/api/v1/calendars")
class CalendarApi {

    private final Calendars calendars;

    CalendarApi(Calendars calendars) {
        this.calendars = calendars;
    }

    record TimeRequest(@NotNull LocalTime start, @NotNull LocalTime end) {

        WorkCalendar.WorkingTime time() {
            return new WorkCalendar.WorkingTime(start, end);
        }
    }

    record ExceptionRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate start, @NotNull LocalDate finish,
            boolean working, @Size(max = 10) List<@Valid @NotNull TimeRequest> intervals,
            WorkCalendar.Recurrence recurrence) {

        WorkCalendar.CalendarException exception() {
            return new WorkCalendar.CalendarException(name.strip(), start, finish, working,
                    intervals == null ? List.of() : intervals.stream().map(TimeRequest::time).toList(), recurrence);
        }
    }

    record CalendarRequest(@NotBlank @Size(max = 200) String name, CalendarId baseCalendarId,
            Map<DayOfWeek, @Size(max = 10) List<@Valid @NotNull TimeRequest>> workWeek,
            @Min(1) @Max(1440) Integer minutesPerDay, @Min(1) @Max(10080) Integer minutesPerWeek,
            @Min(1) @Max(31) Integer daysPerMonth, @Size(max = 1000) List<@Valid @NotNull ExceptionRequest> exceptions,
            Long version) {

        WorkCalendar.Draft draft() {
            Map<DayOfWeek, List<WorkCalendar.WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
            if (workWeek != null) {
                workWeek.forEach((day, times) -> week.put(day,
                        times == null ? List.of() : times.stream().map(TimeRequest::time).toList()));
            }
            return new WorkCalendar.Draft(name.strip(), baseCalendarId, week,
                    minutesPerDay == null ? 480 : minutesPerDay, minutesPerWeek == null ? 2400 : minutesPerWeek,
                    daysPerMonth == null ? 20 : daysPerMonth,
                    exceptions == null ? List.of() : exceptions.stream().map(ExceptionRequest::exception).toList());
        }
    }

    @GetMapping
    PageResult<WorkCalendar> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return calendars.list(q, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<WorkCalendar> get(@PathVariable long id) {
        WorkCalendar calendar = calendars.get(CalendarId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(calendar.version())).body(calendar);
    }

    @PostMapping
    ResponseEntity<WorkCalendar> create(@Valid @RequestBody CalendarRequest request) {
        WorkCalendar created = calendars.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<WorkCalendar> update(@PathVariable long id, @Valid @RequestBody CalendarRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        WorkCalendar updated = calendars.update(CalendarId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        calendars.delete(CalendarId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
