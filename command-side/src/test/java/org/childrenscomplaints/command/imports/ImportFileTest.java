package org.childrenscomplaints.command.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFileTest {

    @Test
    void rowsCarryTheLineASpreadsheetShowsEvenAfterACellOverSeveralLines() {
        List<ImportRow> rows = read("record_type,summary,reference\r\n"
                + "COMPLAINT,\"first line\r\nsecond line\r\nthird\",ST-2019-0001\r\n"
                + "\r\n"
                + "COMMENT,  short  ,CM-2019-0001\r\n");

        assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 6L);
        assertThat(rows.get(0).cells()).containsEntry("summary", "first line\r\nsecond line\r\nthird");
        assertThat(rows.get(1).cells()).isEqualTo(Map.of("record_type", "COMMENT", "summary", "short",
                "reference", "CM-2019-0001"));
    }

    @Test
    void aByteOrderMarkAndTheHeadersLetterCaseAreIgnoredAndEmptyCellsAreAbsent() {
        List<ImportRow> rows = read("\uFEFFRecord_Type, Reference ,team\nCOMPLIMENT,CP-2019-0001,\n");

        assertThat(rows).singleElement().extracting(ImportRow::cells)
                .isEqualTo(Map.of("record_type", "COMPLIMENT", "reference", "CP-2019-0001"));
    }

    @Test
    void rowsOfEmptyCellsAreNoRowsAndExtraCellsAreTheRowsProblem() {
        List<ImportRow> rows = read("record_type,reference\n,\nCOMPLAINT,ST-2019-0001,oops\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.problems()).singleElement().asString().startsWith("The row has 3 cells but the header names 2");
        });
    }

    @Test
    void unknownColumnsAreNamedAndRefuseTheWholeFile() {
        assertThatThrownBy(() -> read("record_type,reference,Complainant Name,notes\n"))
                .isInstanceOf(InvalidImportFile.class)
                .hasMessageContaining("the import does not know: complainant name, notes.");
    }

    @Test
    void aFileWithoutHeaderOrRecordTypeOrWithARepeatedColumnIsRefused() {
        assertThatThrownBy(() -> read("COMPLAINT,ST-2019-0001\n")).hasMessageContaining("no header row");
        assertThatThrownBy(() -> read("")).hasMessageContaining("no header row");
        assertThatThrownBy(() -> read("reference,summary\n")).hasMessageContaining("no record_type column");
        assertThatThrownBy(() -> read("record_type,team,Team\n")).hasMessageContaining("names a column twice: team");
    }

    @Test
    void brokenQuotesAndTextThatIsNotUtf8AreRefused() {
        assertThatThrownBy(() -> read("record_type,summary\nCOMPLAINT,\"never closed\n"))
                .isInstanceOf(InvalidImportFile.class).hasMessageStartingWith("The file is not valid CSV: the value in "
                        + "double quotes that starts on line 2 is never closed. A value that holds a comma").hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> read("record_type,summary\nCOMPLAINT,\"closed\" then more\n"))
                .hasMessageStartingWith("The file is not valid CSV: a value in double quotes on line 2 is followed by "
                        + "something other than a comma or the end of the line.");
        byte[] latin1 = "record_type,summary\nCOMPLAINT,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImportFile.read(latin1)).hasMessageContaining("not UTF-8");
    }

    private static List<ImportRow> read(String text) {
        return ImportFile.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
