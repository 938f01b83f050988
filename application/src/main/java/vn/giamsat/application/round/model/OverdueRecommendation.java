package vn.giamsat.application.round.model;

import java.time.LocalDate;
import java.util.UUID;
import vn.giamsat.application.unit.model.UnitRef;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/** @param unit {@code null} when the recommendation is about all units of the round */
public record OverdueRecommendation(UUID id, RoundId round, String resolutionNumber, LocalDate resolutionDate,
                                    String addressee, String text, UnitRef unit, LocalDate dueDate, long daysOverdue,
                                    FollowUpStatus status) {}
