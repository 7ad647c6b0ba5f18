package org.childrenscomplaints.api.imports;

import org.childrenscomplaints.api.complaint.OmbudsmanDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * What a council's spreadsheet says happened to a complaint after it was received, cell for cell
 * (null where a cell was empty). The Complaint aggregate replays it as the commands an officer would
 * have sent, in date order.
 *
 * @param allocatedTo    the Stage 1 allocation; the spreadsheet names no one for later stages
 * @param delayReasons   categories, recorded against the first stage answered late
 * @param learningActions what the council said it would do, without owner or due date
 */
public record ImportedProgress(LocalDate acknowledgedOn, String allocatedTo, LocalDate extensionAgreedOn,
                               LocalDate extendedDueDate, List<String> delayReasons, ImportedStage stage1,
                               ImportedStage stage2, ImportedStage stage3, LocalDate stage3PanelHeldOn,
                               LocalDate ombudsmanRequestedOn, LocalDate ombudsmanDecidedOn,
                               OmbudsmanDecision ombudsmanDecision, LocalDate withdrawnOn, String learningCategory,
                               String learningSummary, List<String> learningActions) {

    public ImportedProgress {
        delayReasons = delayReasons == null ? List.of() : List.copyOf(delayReasons);
        learningActions = learningActions == null ? List.of() : List.copyOf(learningActions);
        stage1 = stage1 == null ? ImportedStage.none() : stage1;
        stage2 = stage2 == null ? ImportedStage.none() : stage2;
        stage3 = stage3 == null ? ImportedStage.none() : stage3;
    }
}
