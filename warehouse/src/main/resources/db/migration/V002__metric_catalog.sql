-- The metric catalog (docs/import-formats.md) as data. Codes are stable; labels and aliases are matched
-- case-, accent-, spacing- and punctuation-insensitively through text_key(), which must agree
-- with vn.blocstats.warehouse.base.TextKey#key (a test checks that they do).

CREATE MACRO text_key(s) AS
    trim(regexp_replace(lower(strip_accents(replace(replace(s, 'đ', 'd'), 'Đ', 'D'))), '[^a-z0-9]+', '_', 'g'), '_');

INSERT INTO metric (code, label_vi, label_en, kind, unit_vi, sort_order) VALUES
 ('org_grassroots',               'Tổng số tổ chức cơ sở đảng (TCCSĐ)',                   'Grassroots party organisations',            'S', 'tổ chức', 10),
 ('org_grassroots_committees',    'Đảng bộ cơ sở',                                        'Grassroots party committees',               'S', 'tổ chức', 11),
 ('org_grassroots_cells',         'Chi bộ cơ sở',                                         'Grassroots party cells',                    'S', 'tổ chức', 12),
 ('org_subordinate_cells',        'Chi bộ trực thuộc',                                    'Subordinate party cells',                   'S', 'tổ chức', 13),
 ('members_total',                'Tổng số đảng viên',                                    'Party members',                             'S', 'đảng viên', 20),
 ('members_official',             'Đảng viên chính thức',                                 'Full members',                              'S', 'đảng viên', 21),
 ('members_probationary',         'Đảng viên dự bị',                                      'Probationary members',                      'S', 'đảng viên', 22),
 ('admissions',                   'Kết nạp đảng viên mới',                                'New members admitted',                      'F', 'đảng viên', 30),
 ('recognitions',                 'Công nhận đảng viên chính thức',                       'Members recognised as full members',        'F', 'đảng viên', 31),
 ('cards_issued',                 'Phát thẻ đảng viên',                                   'Party cards issued',                        'F', 'thẻ', 32),
 ('badges_awarded',               'Trao Huy hiệu Đảng',                                   'Party badges awarded',                      'F', 'huy hiệu', 33),
 ('transfers_in',                 'Chuyển sinh hoạt đảng đến',                            'Members transferred in',                    'F', 'đảng viên', 34),
 ('transfers_out',                'Chuyển sinh hoạt đảng đi',                             'Members transferred out',                   'F', 'đảng viên', 35),
 ('residence_introductions',      'Giới thiệu sinh hoạt nơi cư trú',                      'Members introduced to residence activity',  'F', 'đảng viên', 36),
 ('removals',                     'Xóa tên, cho ra khỏi Đảng, khai trừ',                  'Members removed or expelled',               'F', 'đảng viên', 37),
 ('deaths',                       'Đảng viên từ trần',                                    'Members deceased',                          'F', 'đảng viên', 38),
 ('candidate_classes',            'Lớp bồi dưỡng nhận thức về Đảng',                      'Party awareness classes',                   'F', 'lớp', 40),
 ('candidates_trained',           'Quần chúng ưu tú được bồi dưỡng nhận thức về Đảng',    'Candidates trained in party awareness',     'F', 'người', 41),
 ('new_member_classes',           'Lớp bồi dưỡng đảng viên mới',                          'New member classes',                        'F', 'lớp', 42),
 ('new_members_trained',          'Đảng viên mới được bồi dưỡng',                         'New members trained',                       'F', 'đảng viên', 43),
 ('training_theory_senior',       'Cao cấp lý luận chính trị',                            'Senior political theory',                   'F', 'người', 50),
 ('training_theory_intermediate', 'Trung cấp lý luận chính trị',                          'Intermediate political theory',             'F', 'người', 51),
 ('training_theory_elementary',   'Sơ cấp lý luận chính trị',                             'Elementary political theory',               'F', 'người', 52),
 ('training_professional',        'Bồi dưỡng chuyên môn, nghiệp vụ (lượt)',               'Professional training (attendances)',       'F', 'lượt', 53),
 ('training_university',          'Đào tạo đại học, sau đại học',                         'University and postgraduate training',      'F', 'người', 54),
 ('staff_reductions',             'Tinh giản biên chế',                                   'Staff reductions',                          'F', 'người', 60),
 ('staff_reductions_party',       'Tinh giản biên chế — cơ quan Đảng, đoàn thể',          'Staff reductions: party and mass bodies',   'F', 'người', 61),
 ('staff_reductions_state',       'Tinh giản biên chế — cơ quan QLNN, đơn vị sự nghiệp',  'Staff reductions: state bodies and public-service units', 'F', 'người', 62),
 ('departments_reduced',          'Giảm phòng',                                           'Departments reduced',                       'F', 'phòng', 70),
 ('subdepartments_reduced',       'Giảm chi cục',                                         'Sub-departments reduced',                   'F', 'chi cục', 71),
 ('units_dissolved',              'Giải thể đơn vị',                                      'Units dissolved',                           'F', 'đơn vị', 72),
 ('units_merged',                 'Sáp nhập, hợp nhất đơn vị',                            'Units merged',                              'F', 'đơn vị', 73),
 ('deputies_reduced',             'Giảm cấp phó',                                         'Deputy posts reduced',                      'F', 'người', 74),
 ('public_units_reduced',         'Giảm đơn vị sự nghiệp',                                'Public-service units reduced',              'F', 'đơn vị', 75),
 ('orgs_assessed',                'TCCSĐ được đánh giá, xếp loại',                        'Organisations assessed',                    'Y', 'tổ chức', 80),
 ('orgs_excellent',               'TCCSĐ hoàn thành xuất sắc nhiệm vụ',                   'Organisations: excellent',                  'Y', 'tổ chức', 81),
 ('orgs_good',                    'TCCSĐ hoàn thành tốt nhiệm vụ',                        'Organisations: good',                       'Y', 'tổ chức', 82),
 ('orgs_complete',                'TCCSĐ hoàn thành nhiệm vụ',                            'Organisations: complete',                   'Y', 'tổ chức', 83),
 ('orgs_incomplete',              'TCCSĐ không hoàn thành nhiệm vụ',                      'Organisations: incomplete',                 'Y', 'tổ chức', 84),
 ('members_assessed',             'Đảng viên được đánh giá, xếp loại',                    'Members assessed',                          'Y', 'đảng viên', 90),
 ('members_excellent',            'Đảng viên hoàn thành xuất sắc nhiệm vụ',               'Members: excellent',                        'Y', 'đảng viên', 91),
 ('members_good',                 'Đảng viên hoàn thành tốt nhiệm vụ',                    'Members: good',                             'Y', 'đảng viên', 92),
 ('members_complete',             'Đảng viên hoàn thành nhiệm vụ',                        'Members: complete',                         'Y', 'đảng viên', 93),
 ('members_incomplete',           'Đảng viên không hoàn thành nhiệm vụ',                  'Members: incomplete',                       'Y', 'đảng viên', 94),
 ('awards_org',                   'Khen thưởng tổ chức',                                  'Awards to organisations',                   'F', 'tổ chức', 100),
 ('awards_individual',            'Khen thưởng cá nhân',                                  'Awards to individuals',                     'F', 'cá nhân', 101),
 ('inspections',                  'Kiểm tra',                                             'Inspections',                               'F', 'cuộc', 110),
 ('supervisions',                 'Giám sát',                                             'Supervisions',                              'F', 'cuộc', 111),
 ('discipline_cases',             'Thi hành kỷ luật',                                     'Discipline cases',                          'F', 'trường hợp', 112),
 ('share_orgs_good_or_better',    'Tỷ lệ TCCSĐ hoàn thành tốt nhiệm vụ trở lên',          'Share of organisations good or better',     'I', '%', 200),
 ('share_orgs_excellent',         'Tỷ lệ TCCSĐ hoàn thành xuất sắc nhiệm vụ',             'Share of organisations excellent',          'I', '%', 201),
 ('share_members_good_or_better', 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên',      'Share of members good or better',           'I', '%', 202),
 ('share_members_excellent',      'Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ',         'Share of members excellent',                'I', '%', 203),
 ('admissions_per_100_members',   'Kết nạp trên 100 đảng viên',                           'Admissions per 100 members',                'I', '‰', 204);

INSERT INTO metric_part (total_code, part_code) VALUES
 ('org_grassroots', 'org_grassroots_committees'), ('org_grassroots', 'org_grassroots_cells'),
 ('members_total', 'members_official'), ('members_total', 'members_probationary'),
 ('staff_reductions', 'staff_reductions_party'), ('staff_reductions', 'staff_reductions_state'),
 ('orgs_assessed', 'orgs_excellent'), ('orgs_assessed', 'orgs_good'), ('orgs_assessed', 'orgs_complete'), ('orgs_assessed', 'orgs_incomplete'),
 ('members_assessed', 'members_excellent'), ('members_assessed', 'members_good'), ('members_assessed', 'members_complete'), ('members_assessed', 'members_incomplete');

-- Every code and both labels are aliases of their metric.
INSERT INTO metric_alias (alias_key, alias, metric_code, origin)
SELECT DISTINCT ON (k) k, a, code, 'catalog' FROM (
    SELECT text_key(code) AS k, code AS a, code, 0 AS prio FROM metric
    UNION ALL SELECT text_key(label_vi), label_vi, code, 1 FROM metric
    UNION ALL SELECT text_key(label_en), label_en, code, 2 FROM metric
) ORDER BY k, prio;

-- Aliases seen in offices' files (docs/import-formats.md).
INSERT INTO metric_alias (alias_key, alias, metric_code, origin)
SELECT text_key(a), a, m, 'catalog' FROM (VALUES
 ('TCCSĐ', 'org_grassroots'), ('Tổ chức cơ sở đảng', 'org_grassroots'), ('Tổng số TCCSĐ', 'org_grassroots'),
 ('Số đảng bộ cơ sở', 'org_grassroots_committees'), ('Số chi bộ cơ sở', 'org_grassroots_cells'), ('Số chi bộ trực thuộc', 'org_subordinate_cells'),
 ('Đảng viên', 'members_total'), ('Tổng số ĐV', 'members_total'), ('Số đảng viên', 'members_total'),
 ('ĐV chính thức', 'members_official'), ('ĐV dự bị', 'members_probationary'),
 ('Kết nạp đảng viên', 'admissions'), ('Số ĐV kết nạp', 'admissions'), ('Kết nạp', 'admissions'), ('Kết nạp ĐV mới', 'admissions'),
 ('Chuyển đảng chính thức', 'recognitions'), ('Công nhận ĐV chính thức', 'recognitions'),
 ('Phát thẻ', 'cards_issued'), ('Phát thẻ ĐV', 'cards_issued'),
 ('Huy hiệu Đảng', 'badges_awarded'), ('Trao tặng Huy hiệu Đảng', 'badges_awarded'),
 ('Chuyển sinh hoạt đến', 'transfers_in'), ('Chuyển đến', 'transfers_in'),
 ('Chuyển sinh hoạt đi', 'transfers_out'), ('Chuyển đi', 'transfers_out'),
 ('Giới thiệu ĐV sinh hoạt nơi cư trú', 'residence_introductions'), ('Sinh hoạt nơi cư trú', 'residence_introductions'),
 ('Xóa tên', 'removals'), ('Khai trừ', 'removals'), ('Cho ra khỏi Đảng', 'removals'),
 ('Từ trần', 'deaths'), ('ĐV từ trần', 'deaths'),
 ('Lớp bồi dưỡng nhận thức', 'candidate_classes'), ('Lớp nhận thức về Đảng', 'candidate_classes'),
 ('Quần chúng ưu tú', 'candidates_trained'), ('Bồi dưỡng nhận thức về Đảng', 'candidates_trained'),
 ('Lớp đảng viên mới', 'new_member_classes'), ('Bồi dưỡng đảng viên mới', 'new_members_trained'),
 ('Cao cấp', 'training_theory_senior'), ('Cao cấp LLCT', 'training_theory_senior'), ('Cao cấp chính trị', 'training_theory_senior'),
 ('Trung cấp', 'training_theory_intermediate'), ('Trung cấp LLCT', 'training_theory_intermediate'), ('Trung cấp chính trị', 'training_theory_intermediate'),
 ('Sơ cấp', 'training_theory_elementary'), ('Sơ cấp LLCT', 'training_theory_elementary'), ('Sơ cấp chính trị', 'training_theory_elementary'),
 ('Bồi dưỡng chuyên môn nghiệp vụ', 'training_professional'), ('Chuyên môn nghiệp vụ', 'training_professional'),
 ('Đại học, sau đại học', 'training_university'), ('Đào tạo đại học', 'training_university'),
 ('Tinh giản biên chế - tổng', 'staff_reductions'), ('Tổng tinh giản biên chế', 'staff_reductions'),
 ('Tinh giản biên chế - cơ quan Đảng, đoàn thể', 'staff_reductions_party'), ('Tinh giản biên chế cơ quan Đảng', 'staff_reductions_party'),
 ('Tinh giản biên chế - cơ quan QLNN, đơn vị sự nghiệp', 'staff_reductions_state'), ('Tinh giản biên chế cơ quan nhà nước', 'staff_reductions_state'),
 ('Giảm chi cục', 'subdepartments_reduced'), ('Số phòng giảm', 'departments_reduced'),
 ('Giải thể', 'units_dissolved'), ('Sáp nhập', 'units_merged'), ('Hợp nhất', 'units_merged'), ('Sáp nhập/hợp nhất đơn vị', 'units_merged'),
 ('Giảm phó', 'deputies_reduced'), ('Giảm cấp phó', 'deputies_reduced'), ('Giảm ĐVSN', 'public_units_reduced'),
 ('TCCSĐ HTXSNV', 'orgs_excellent'), ('TCCSĐ HTTNV', 'orgs_good'), ('TCCSĐ HTNV', 'orgs_complete'), ('TCCSĐ KHTNV', 'orgs_incomplete'),
 ('Đảng viên HTXSNV', 'members_excellent'), ('Đảng viên HTTNV', 'members_good'), ('Đảng viên HTNV', 'members_complete'), ('Đảng viên KHTNV', 'members_incomplete'),
 ('ĐV HTXSNV', 'members_excellent'), ('ĐV HTTNV', 'members_good'), ('ĐV HTNV', 'members_complete'), ('ĐV KHTNV', 'members_incomplete'),
 ('TCCSĐ được đánh giá', 'orgs_assessed'), ('Đảng viên được đánh giá', 'members_assessed'), ('ĐV được đánh giá', 'members_assessed'),
 ('Khen thưởng tập thể', 'awards_org'), ('Giấy khen tổ chức', 'awards_org'), ('Giấy khen cá nhân', 'awards_individual'),
 ('Kiểm tra đảng viên', 'inspections'), ('Kỷ luật', 'discipline_cases'), ('Thi hành kỷ luật đảng viên', 'discipline_cases')
) AS t(a, m)
WHERE text_key(a) NOT IN (SELECT alias_key FROM metric_alias);
