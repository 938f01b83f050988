-- Days of the 301 seed checked against the sources that could be read on 2026-11-26 (decision 012, table in
-- docs/dossier-import.md), the days the seed missed, and one wrong name. Like 303, only a day whose source is still
-- the text this project wrote (301's, or 303's for Tết 2026) changes: a day an admin edited keeps the admin's text.
-- The source says how far each day was checked:
--   "ĐÃ ĐỐI CHIẾU"          the notice's own words were read (quoted or republished);
--   "ĐỐI CHIẾU QUA BÁO CHÍ" the press report of the decision (the letter's number and dates) was read, not the notice;
--   "THEO LUẬT"             a fixed-date holiday on a weekday, or the next working day off when it falls on a
--                           weekend (Labour Code 2019 art. 112 and art. 111(3)): no decision was needed, and none
--                           changing it turned up in the sources read.
-- Not checked, so left provisional: every day of 2027 (no decision found yet). Not added: 24 November (Vietnamese
-- Culture Day), chosen as a paid day off by Politburo resolution 80-NQ/TW of 7/1/2026 but, in the sources read, still
-- awaiting the amendment of Labour Code art. 112. The wrong make-up day 2023-09-09 is removed by 305.

WITH seed(previous, text) AS (VALUES
        ('301', 'Lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức theo thông báo hằng năm (Bộ LĐTB&XH đến 2024, Bộ Nội vụ từ 2025). CHƯA ĐỐI CHIẾU với văn bản gốc.'),
        ('301-provisional', 'DỰ KIẾN: tính theo Bộ luật Lao động 2019 điều 112 và lịch âm; thay bằng ngày chính thức khi có thông báo.'),
        ('303-press', 'Phương án nghỉ Tết Bính Ngọ 2026 đã được quyết (14/2–22/2/2026) theo báo Công an TP.HCM; chưa đối chiếu với thông báo gốc của Bộ Nội vụ.')),
     checked(key, text) AS (VALUES
        ('law', 'THEO LUẬT: ngày lễ cố định rơi vào ngày làm việc, hoặc nghỉ bù vào ngày làm việc kế tiếp khi ngày lễ trùng thứ Bảy, Chủ nhật (Bộ luật Lao động 2019 điều 112, điều 111 khoản 3); không thấy quyết định hoán đổi nào cho dịp này trong các nguồn đã đọc (26/11/2026).'),
        ('law-2023-hung', 'THEO LUẬT: Giỗ Tổ Hùng Vương 2023 là thứ Bảy 29/4 (theo báo chí, todaycnews.com), 30/4 là Chủ nhật, nên nghỉ bù thứ Ba 2/5 và thứ Tư 3/5 (Bộ luật Lao động 2019 điều 111 khoản 3).'),
        ('2021', 'ĐỐI CHIẾU QUA BÁO CHÍ: Thông báo 4875/TB-LĐTBXH của Bộ LĐTB&XH về nghỉ Tết Âm lịch và Quốc khánh 2021 (Tết: thứ Tư 10/2 – thứ Ba 16/2/2021; Quốc khánh: thứ Năm 2/9 – Chủ nhật 5/9/2021), theo khoahocdoisong.vn và hanoimoi.vn; chưa đọc văn bản gốc.'),
        ('2021-hung', 'ĐỐI CHIẾU QUA BÁO CHÍ: Giỗ Tổ Hùng Vương (10/3 âm lịch) năm 2021 là thứ Tư 21/4, nghỉ 1 ngày (phunuphapluat.nguoiduatin.vn); Bộ luật Lao động 2019 điều 112.'),
        ('2022', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 245/VPCP-KGVX ngày 11/1/2022, Phó Thủ tướng đồng ý nghỉ Tết Nhâm Dần từ 31/01 đến hết 04/02/2022 và Quốc khánh từ 01/9 đến hết 02/9/2022 (trích trên vntrip.vn); chưa đọc thông báo gốc của Bộ LĐTB&XH.'),
        ('2022-april', 'ĐỐI CHIẾU QUA BÁO CHÍ: năm 2022 Giỗ Tổ Hùng Vương (Chủ nhật 10/4), 30/4 và 1/5 trùng ngày nghỉ hằng tuần nên nghỉ bù: 3 ngày liên tiếp dịp Giỗ Tổ, 4 ngày dịp 30/4–1/5 (vietnamplus.vn, đăng lại trên qbtv.vn); Bộ luật Lao động 2019 điều 111 khoản 3.'),
        ('2023', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 8056/VPCP-KGVX ngày 1/12/2022, Phó Thủ tướng đồng ý nghỉ Tết Quý Mão từ 20/01 đến hết 26/01/2023 và Quốc khánh từ thứ Sáu 01/9 đến hết thứ Hai 04/9/2023 (2 ngày lễ, 1 ngày nghỉ hằng tuần, 1 ngày nghỉ bù; không có ngày làm bù), theo truyenhinhnghean.vn và th389.vn; chưa đọc thông báo gốc của Bộ LĐTB&XH.'),
        ('2024-hung', 'ĐÃ ĐỐI CHIẾU: Giỗ Tổ Hùng Vương năm 2024 nghỉ thứ Năm 18/4 (tin của Cổng Thông tin điện tử Chính phủ, xaydungchinhsach.chinhphu.vn, 20/4/2024).'),
        ('2024-swap', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 2450/VPCP-KGVX ngày 12/4/2024, Thủ tướng đồng ý hoán đổi ngày làm việc: công chức, viên chức nghỉ từ thứ Bảy 27/4 đến hết thứ Tư 1/5/2024 (xaydungchinhsach.chinhphu.vn, baophapluat.vn, baotintuc.vn); ngày làm bù thứ Bảy 4/5/2024 theo tiepthigiadinh.vn; chưa đọc thông báo gốc của Bộ LĐTB&XH.'),
        ('2025', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 8726/VPCP-KGVX ngày 26/11/2024 và Thông báo 6150/TB-LĐTBXH, Thủ tướng đồng ý nghỉ Tết Ất Tỵ 9 ngày liên tục, thứ Bảy 25/1 – Chủ nhật 2/2/2025 (pld.net.vn, licham.prices.vn); chưa đọc văn bản gốc.'),
        ('2025-hung', 'ĐỐI CHIẾU QUA BÁO CHÍ: Giỗ Tổ Hùng Vương (10/3 âm lịch) năm 2025 là thứ Hai 7/4, nghỉ liền từ thứ Bảy 5/4 đến hết thứ Hai 7/4 (bài báo đăng lại trên tinbong247news.net); Bộ luật Lao động 2019 điều 112.'),
        ('2025-swap', 'ĐỐI CHIẾU QUA BÁO CHÍ: hoán đổi ngày làm việc thứ Sáu 2/5/2025 sang thứ Bảy 26/4/2025, công chức, viên chức nghỉ từ thứ Tư 30/4 đến hết Chủ nhật 4/5/2025 (TTXVN/VietnamPlus, đăng lại trên tracuuquyhoach.com); chưa đọc văn bản gốc.'),
        ('2025-national', 'ĐÃ ĐỐI CHIẾU: Thông báo 6150/TB-LĐTBXH năm 2024 của Bộ LĐTB&XH (thực hiện Công văn 8726/VPCP-KGVX), mục 2: công chức, viên chức nghỉ Quốc khánh từ thứ Bảy 30/8 đến hết thứ Ba 2/9/2025, gồm 2 ngày lễ và 2 ngày nghỉ hằng tuần (trích nguyên văn trên baodanang.vn).'),
        ('2026-new-year', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 12729/VPCP-KGVX ngày 25/12/2025, Phó Thủ tướng đồng ý đề xuất của Bộ Nội vụ: nghỉ từ thứ Năm 1/1 đến hết Chủ nhật 4/1/2026, hoán đổi ngày làm việc thứ Sáu 2/1 sang thứ Bảy 10/1/2026 (bài báo đăng lại trên tracuuquyhoach.com và collector.com.tr); chưa đọc văn bản gốc.'),
        ('2026-tet', 'ĐỐI CHIẾU QUA BÁO CHÍ: Thủ tướng đồng ý đề xuất của Bộ Nội vụ, công chức, viên chức nghỉ Tết từ thứ Bảy 14/2 đến hết Chủ nhật 22/2/2026, 5 ngày làm việc nghỉ là thứ Hai 16/2 – thứ Sáu 20/2 (kienthuc.net.vn 13/10/2025, vietnammedia.vnanet.vn 17/10/2025, congan.com.vn); chưa đọc thông báo gốc của Bộ Nội vụ.'),
        ('2026-april', 'ĐỐI CHIẾU QUA BÁO CHÍ: phương án nghỉ lễ, Tết 2026 đã được Chính phủ thông qua: 3 ngày dịp Giỗ Tổ Hùng Vương (Chủ nhật 26/4, nghỉ bù thứ Hai 27/4) và 4 ngày dịp 30/4–1/5 (thứ Năm 30/4 – Chủ nhật 3/5) (thanhnien.vn 13/1/2026); chưa đọc văn bản gốc.'),
        ('2026-national', 'ĐỐI CHIẾU QUA BÁO CHÍ: Thủ tướng đồng ý đề xuất của Bộ Nội vụ, công chức, viên chức nghỉ Quốc khánh từ thứ Bảy 29/8 đến hết thứ Tư 2/9/2026, hoán đổi ngày làm việc thứ Hai 31/8 sang thứ Bảy 22/8/2026 (kienthuc.net.vn 13/10/2025); chưa đọc thông báo gốc của Bộ Nội vụ.')),
     days(day, key, previous) AS (VALUES
        ('2021-01-01'::date, 'law', '301'), ('2021-04-30'::date, 'law', '301'), ('2021-05-03'::date, 'law', '301'),
        ('2021-02-10'::date, '2021', '301'), ('2021-02-11'::date, '2021', '301'), ('2021-02-12'::date, '2021', '301'),
        ('2021-02-15'::date, '2021', '301'), ('2021-02-16'::date, '2021', '301'),
        ('2021-09-02'::date, '2021', '301'), ('2021-09-03'::date, '2021', '301'),
        ('2021-04-21'::date, '2021-hung', '301'),
        ('2022-01-03'::date, 'law', '301'),
        ('2022-01-31'::date, '2022', '301'), ('2022-02-01'::date, '2022', '301'), ('2022-02-02'::date, '2022', '301'),
        ('2022-02-03'::date, '2022', '301'), ('2022-02-04'::date, '2022', '301'),
        ('2022-09-01'::date, '2022', '301'), ('2022-09-02'::date, '2022', '301'),
        ('2022-04-11'::date, '2022-april', '301'), ('2022-05-02'::date, '2022-april', '301'),
        ('2022-05-03'::date, '2022-april', '301'),
        ('2023-01-02'::date, 'law', '301'), ('2023-05-01'::date, 'law', '301'),
        ('2023-05-02'::date, 'law-2023-hung', '301'), ('2023-05-03'::date, 'law-2023-hung', '301'),
        ('2023-01-20'::date, '2023', '301'), ('2023-01-23'::date, '2023', '301'), ('2023-01-24'::date, '2023', '301'),
        ('2023-01-25'::date, '2023', '301'), ('2023-01-26'::date, '2023', '301'),
        ('2023-09-01'::date, '2023', '301'), ('2023-09-04'::date, '2023', '301'),
        ('2024-01-01'::date, 'law', '301'),
        ('2024-04-18'::date, '2024-hung', '301'),
        ('2024-04-29'::date, '2024-swap', '301'), ('2024-04-30'::date, '2024-swap', '301'),
        ('2024-05-01'::date, '2024-swap', '301'), ('2024-05-04'::date, '2024-swap', '301'),
        ('2025-01-01'::date, 'law', '301'),
        ('2025-01-27'::date, '2025', '301'), ('2025-01-28'::date, '2025', '301'), ('2025-01-29'::date, '2025', '301'),
        ('2025-01-30'::date, '2025', '301'), ('2025-01-31'::date, '2025', '301'),
        ('2025-04-07'::date, '2025-hung', '301'),
        ('2025-04-26'::date, '2025-swap', '301'), ('2025-04-30'::date, '2025-swap', '301'),
        ('2025-05-01'::date, '2025-swap', '301'), ('2025-05-02'::date, '2025-swap', '301'),
        ('2025-09-01'::date, '2025-national', '301'), ('2025-09-02'::date, '2025-national', '301'),
        ('2026-01-01'::date, '2026-new-year', '301-provisional'),
        ('2026-02-16'::date, '2026-tet', '303-press'), ('2026-02-17'::date, '2026-tet', '303-press'),
        ('2026-02-18'::date, '2026-tet', '303-press'), ('2026-02-19'::date, '2026-tet', '303-press'),
        ('2026-02-20'::date, '2026-tet', '303-press'),
        ('2026-04-27'::date, '2026-april', '301-provisional'), ('2026-04-30'::date, '2026-april', '301-provisional'),
        ('2026-05-01'::date, '2026-april', '301-provisional'),
        ('2026-09-01'::date, '2026-national', '301-provisional'), ('2026-09-02'::date, '2026-national', '301-provisional'))
UPDATE calendar_day c
   SET source = checked.text,
       -- 1 September 2023 was the day adjacent to National Day, not a swapped day: no make-up Saturday followed.
       name = CASE WHEN c.day = '2023-09-01' THEN 'Quốc khánh (ngày liền kề)' ELSE c.name END
  FROM days JOIN checked USING (key) JOIN seed USING (previous)
 WHERE c.day = days.day AND c.source = seed.text;

-- Days the seed missed: the swaps of New Year 2026 and National Day 2026. A day an admin already entered stays.
INSERT INTO calendar_day (day, kind, name, source) VALUES
    ('2026-01-02', 'HOLIDAY', 'Nghỉ hoán đổi Tết Dương lịch (làm bù 10/01)', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 12729/VPCP-KGVX ngày 25/12/2025, Phó Thủ tướng đồng ý đề xuất của Bộ Nội vụ: nghỉ từ thứ Năm 1/1 đến hết Chủ nhật 4/1/2026, hoán đổi ngày làm việc thứ Sáu 2/1 sang thứ Bảy 10/1/2026 (bài báo đăng lại trên tracuuquyhoach.com và collector.com.tr); chưa đọc văn bản gốc.'),
    ('2026-01-10', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 02/01', 'ĐỐI CHIẾU QUA BÁO CHÍ: Công văn 12729/VPCP-KGVX ngày 25/12/2025, Phó Thủ tướng đồng ý đề xuất của Bộ Nội vụ: nghỉ từ thứ Năm 1/1 đến hết Chủ nhật 4/1/2026, hoán đổi ngày làm việc thứ Sáu 2/1 sang thứ Bảy 10/1/2026 (bài báo đăng lại trên tracuuquyhoach.com và collector.com.tr); chưa đọc văn bản gốc.'),
    ('2026-08-31', 'HOLIDAY', 'Nghỉ hoán đổi Quốc khánh (làm bù 22/8)', 'ĐỐI CHIẾU QUA BÁO CHÍ: Thủ tướng đồng ý đề xuất của Bộ Nội vụ, công chức, viên chức nghỉ Quốc khánh từ thứ Bảy 29/8 đến hết thứ Tư 2/9/2026, hoán đổi ngày làm việc thứ Hai 31/8 sang thứ Bảy 22/8/2026 (kienthuc.net.vn 13/10/2025); chưa đọc thông báo gốc của Bộ Nội vụ.'),
    ('2026-08-22', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 31/8', 'ĐỐI CHIẾU QUA BÁO CHÍ: Thủ tướng đồng ý đề xuất của Bộ Nội vụ, công chức, viên chức nghỉ Quốc khánh từ thứ Bảy 29/8 đến hết thứ Tư 2/9/2026, hoán đổi ngày làm việc thứ Hai 31/8 sang thứ Bảy 22/8/2026 (kienthuc.net.vn 13/10/2025); chưa đọc thông báo gốc của Bộ Nội vụ.')
ON CONFLICT (day) DO NOTHING;
