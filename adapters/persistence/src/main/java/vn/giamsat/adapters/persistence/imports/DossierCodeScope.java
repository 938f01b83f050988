package vn.giamsat.adapters.persistence.imports;

/**
 * Which other exports a new export's dossier codes are compared with (decision 054), the setting
 * {@code giamsat.import.dossier-codes-unique-within}. A setting, not a constant: it rests on a reading of the code's
 * format (Circular 01/2018/TT-VPCP, Article 19: the receiving agency's code, then the day of receipt and a number)
 * that could not be checked against the texts that replaced Decree 61/2018 since 1 July 2025 (Decree 118/2025/NĐ-CP
 * lets a dossier be handed in at any one-stop desk, whatever the province).
 */
public enum DossierCodeScope {
    /** The exports that share a province with the new one's dossiers (the default): the import's cost stays that of its province. */
    PROVINCE,
    /** Every export of the country, as before decision 054: each import reads the hashes of every stored dossier. */
    NATIONAL
}
