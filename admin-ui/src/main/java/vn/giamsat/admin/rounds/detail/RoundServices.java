package vn.giamsat.admin.rounds.detail;

import org.springframework.stereotype.Component;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase;
import vn.giamsat.application.round.port.in.RoundReportUseCase;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.publication.port.in.PublishRoundUseCase;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundQueries;

/**
 * The in-ports the round page uses, in one bean so that each section takes what it needs from it. Where one
 * service offers two in-ports (establish and prepare), the component name picks the bean by name. {@link Today} is
 * the app's clock, so that "overdue" and a follow-up's default day agree with the use cases'.
 */
@Component
public record RoundServices(RoundQueries rounds, RoundContextQueries admin, PrepareRoundUseCase prepareRound,
                            RecordFiguresUseCase figures, FiguresImportUseCase figuresImport,
                            FiguresCorrectionUseCase corrections,
                            RecordFindingsUseCase findings, ChangeRoundStatusUseCase lifecycle,
                            PublishRoundUseCase publish, RoundReportUseCase reports,
                            RecommendationEvidenceUseCase evidence, FollowUpProgressUseCase followUp,
                            Today today) {}
