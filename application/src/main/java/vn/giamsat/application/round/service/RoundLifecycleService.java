package vn.giamsat.application.round.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.RoundStatus;

public final class RoundLifecycleService implements ChangeRoundStatusUseCase {
    private final RoundRepository rounds;
    private final ClockPort clock;

    private final AccessPolicy access;

    public RoundLifecycleService(LoadRoundPort load, SaveRoundPort save, ClockPort clock, TransactionPort tx,
                                 AccessPolicy access) {
        this.access = access;
        this.rounds = new RoundRepository(load, save, tx, access);
        this.clock = clock;
    }

    @Override
    public void moveTo(ChangeRoundStatusCommand c) {
        if (c.to() == RoundStatus.PUBLISHED) {
            // Publishing takes a snapshot; a bare status change would publish nothing.
            throw new DomainRuleViolation(Reason.of("round.publish-via-publication",
                    "Hãy dùng chức năng Công khai để công khai kết quả giám sát.",
                    "Use Publish to publish the round's results."));
        }
        rounds.change("RoundLifecycleService.moveTo", c.round(), round -> round.moveTo(c.to()));
    }

    @Override
    public void approve(ApproveReportCommand c) {
        // The check answers who approves: the signed-in head of this delegation or council staff (issue 14.4).
        rounds.change("RoundLifecycleService.approve", c.round(), round -> { }, round -> {
            Actor approver = access.requireApproval(round);
            round.approve(approver.displayName(), clock.now());
        });
    }
}
