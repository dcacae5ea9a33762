--
-- fusion text input and output: every notation in use, canonical output,
-- round trips, and rejections with SQLSTATE, message and detail.
--

-- Valid literals: the input, the canonical text, and what the value records.
SELECT input,
       f AS canonical,
       fusion_kind(f) AS kind,
       fusion_order_guaranteed(f) AS ordered,
       fusion_genes_listed(f) AS listed,
       f::text::fusion = f AND f::text = f::text::fusion::text AS round_trip
FROM (VALUES
    ('ETV6::NTRK3'), ('ETV6-NTRK3'), ('ETV6--NTRK3'), ('ETV6:NTRK3'), ('ETV6/NTRK3'),
    ('etv6::ntrk3'), ('Etv6::Ntrk3'), ('etv6::ntrk3 fusion'), ('ETV6::NTRK3 Fusion'),
    ('ETV6::NTRK3 Fusions'), ('  ETV6::NTRK3  '), (E'\tETV6--NTRK3'),
    ('NTRK3-ETV6'), ('NTRK3::ETV6'), ('NTRK3-ETV6 fusion - Archer'),
    ('NR4A3-EWSR1 fusion - Archer'), ('TPM3-NTRK1 Fusion - MSK Archer'),
    ('TPM3::NTRK1'), ('TPM3-NTRK1'), ('NTRK1-TPM3'), ('TPM3/NTRK1'), ('TPM3:NTRK1'),
    ('LMNA::NTRK1 Fusion'), ('LMNA:NTRK1'), ('LMNA--NTRK1'), ('IRF2BP2-NTRK1'),
    ('NTRK1-IRF2BP2'), ('CD74-NTRK1'), ('MPRIP::NTRK1'), ('SQSTM1::NTRK1'),
    ('TPR--NTRK1'), ('SCP2-NTRK1'), ('TFG::NTRK1'), ('PPL::NTRK1'), ('BCAN::NTRK1'),
    ('TRIM24::NTRK1'), ('KANK1::NTRK2'), ('QKI::NTRK2'), ('AFAP1::NTRK2'),
    ('NACC2-NTRK2'), ('SQSTM1::NTRK2'), ('EML4::NTRK3'), ('TPM4::NTRK3'),
    ('ETV6(e5)::NTRK3(e15)'), ('ETV6(exon5)::NTRK3(exon15)'), ('ETV6(E5)::NTRK3(E15)'),
    ('ETV6:exon5-NTRK3:exon15'), ('ETV6:e5-NTRK3:e15'), ('ETV6(e5)-NTRK3(e15)'),
    ('TPM3(e8)::NTRK1(e10)'), ('LMNA(e2)::NTRK1(e11)'), ('EML4(e2)::NTRK3(e14)'),
    ('EML4::ALK e6::e19'), ('EML4::ALK e.6::e.19'), ('EML4::ALK e13::e20'),
    ('NM_152263.3(TPM3):e.8::NM_002529.3(NTRK1):e.10'),
    ('NM_152263.3(TPM3):e.1_8::NM_002529.3(NTRK1):e.10_17'),
    ('NM_001987.5(ETV6):e.5::NM_001012338.3(NTRK3):e.15'),
    ('NM_152263.3(TPM3)::NM_002529.3(NTRK1)'),
    ('ENST00000368530.7(TPM3):e.8::ENST00000524377.1(NTRK1):e.10'),
    ('v::NTRK1'), ('v::NTRK2'), ('V::NTRK3'), ('v::NM_002529.4(NTRK1):e.9'), ('EWSR1::v'),
    ('NTRK1 fusion'), ('NTRK2 Fusions'), ('ntrk3 fusion'), ('ALK Fusion'),
    ('?::NTRK1'), ('?::NTRK3'), ('NTRK1 rearrangement'), ('ALK::?'),
    ('NTRK1-intragenic'), ('NTRK2-intragenic'), ('EGFR-intragenic'), ('NTRK1-NTRK1'),
    ('NTRK3::NTRK3'), ('MLL2-intragenic'),
    ('TRKA::TPM3'), ('TPM3::TRKA'), ('ETV6::TRKC'), ('TRKB-QKI'), ('EGFR-SEPT14'),
    ('EGFR::SEPTIN14'), ('MLL::MLLT3'),
    ('HLA-DRB1-NTRK1'), ('NKX2-1-NTRK1'), ('H1-4::NTRK1'), ('CATIP-AS2--NTRK1'),
    ('KB-1562D12.1--NTRK1'), ('FOO1::NTRK1'), ('NTRK1::BAR2'), ('c99orf99::NTRK3'),
    ('ETV6^ENSG00000139083--NTRK3^ENSG00000140538'),
    ('EML4::ALK'), ('EML4-ALK'), ('CD74-ROS1'), ('KIF5B::RET'), ('CCDC6-RET'),
    ('FGFR3-TACC3'), ('TMPRSS2::ERG'), ('BCR::ABL1'), ('ETV6-RUNX1 fusion'),
    ('SLC34A2::ROS1'), ('CD74::NRG1'), ('IGH@::MYC')
) AS v(input), LATERAL (SELECT input::fusion AS f) AS p;

-- Invalid literals: SQLSTATE, message and which part failed.
CREATE FUNCTION pg_temp.parse_outcome(input text, OUT code text,
                                      OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM input::fusion;
    code := '00000';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;

SELECT left(input, 40) AS input, o.*
FROM (VALUES
    (''), ('   '), ('NTRK1'), ('ntrk1'), ('::'), ('ETV6::'), ('::NTRK3'), ('--'),
    ('ETV6--'), ('-NTRK3'), ('ETV6-'), ('v::v'), ('?::?'), ('v::?'), ('v'), ('?'),
    ('A::B::C'), ('ETV6::NTRK3::EML4'), ('ETV6--NTRK3--EML4'), ('ETV6 NTRK3'),
    ('NTRK1 G595R'), ('NTRK1 p.G595R'), ('LMNA::NTRK1 Fusion AND NTRK1 G595R'),
    ('LMNA-NTRK1 G595R AND G667C'), ('t(12;15)(p13;q25)'), ('ETV6(e5::NTRK3'),
    ('ETV6(e0)::NTRK3'), ('ETV6(e1000)::NTRK3'), ('ETV6(e5)x::NTRK3'),
    ('ETV6::NTRK3(ex)'), ('ETV6::NTRK3(exon)'), ('NM_152263.3(TPM3):x.8::NTRK1'),
    ('NM_152263.3(TPM3):e.8+12::NTRK1'), ('XYZ(TPM3)::NTRK1'), ('EML4(e5)::ALK e6::e19'),
    ('FOO1-BAR2'), ('FOO1-NTRK1'), ('ETV6;NTRK3'), ('!ETV6::NTRK3'), ('ETV6::NTRK3!'),
    ('ETV6::NTRK3?'), ('ETV6 :: NTRK3 x'), (E'ETV6\n::NTRK3'), (E'ETV6::NTRK3\x01'),
    ('ETV6::NTRKé'), ('fusion'), ('v fusion'), ('-intragenic'),
    (repeat('A', 64) || '::NTRK1'), ('NTRK1::' || repeat('B', 64)),
    (repeat('ETV6::NTRK3 ', 100)), ('AC010149.4(51146),RP11-1(4266)--NTRK1'),
    ('ETV6:NTRK3:EML4'), ('ETV6/NTRK3/EML4'), ('ETV6::NTRK3 e5::e15 e6')
) AS v(input), LATERAL pg_temp.parse_outcome(input) AS o;

-- One error as a client sees it, hint included.
\set VERBOSITY default
SELECT 'ETV6--'::fusion;
SELECT 'HLA-DRB1-DRB1-NTRK1'::fusion;

-- The non-throwing parsers agree with the input function.
SELECT input, fusion_try(input) AS parsed, fusion_error(input) IS NULL AS valid
FROM (VALUES ('ETV6-NTRK3'), ('NTRK1'), ('FOO1-BAR2'), ('v::NTRK1'), ('')) AS v(input);
SELECT fusion_try(NULL) IS NULL AS try_null, fusion_error(NULL) IS NULL AS error_null;

-- The documented length limit (1024 bytes) is checked before anything else.
SELECT fusion_error(repeat('x', 1025));
SELECT fusion_error(repeat(' ', 1020) || 'ETV6::NTRK3') IS NOT NULL AS over_limit;
