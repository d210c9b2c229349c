import { parseCsv, registryFromRows, type UnitRegistry } from "./registry";

/**
 * The built-in registry: Xuân Lộc district, 2023, its two kinds of unit (the report's columns by
 * level), and the office that received its reports until the district level ended (see the README
 * to replace it with a CSV or a sheet).
 *
 * It stops on 30/06/2025 on purpose. Nghị quyết số 1662/NQ-UBTVQH15 (16/6/2025) of the National
 * Assembly Standing Committee arranged Đồng Nai's commune-level units from 1/7/2025: 95 of them, 72
 * xã and 23 phường (source: baotintuc.vn, "Thông tin chi tiết sắp xếp các đơn vị hành chính cấp xã
 * của tỉnh Đồng Nai", 27/6/2025). The resolution's own list of which former units form which new
 * one could not be sourced here, so no unit after the reform is shipped: a clerk writes the list of
 * the new commune or province with `dvcq registry --year 2026` (the last list, dates to fill) or
 * `dvcq registry --example`, naming each new unit's `predecessors`.
 */
export const BUILTIN_UNITS_CSV = `code,name,kind,parent,gso,valid_from,valid_to,aliases,predecessors,place,symbol,recipients,signer
X,"Xã, thị trấn",kind,"Khối xã, thị trấn",,,,,,,UBND,,TM. ỦY BAN NHÂN DÂN; CHỦ TỊCH
C,"Cơ quan, đơn vị",kind,"Khối cơ quan, đơn vị",,,,,,,,,THỦ TRƯỞNG ĐƠN VỊ
CQ-NOI-VU,Phòng Nội vụ,office,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Lộc,NV,"UBND huyện (báo cáo); Ban Dân vận Huyện ủy; Lưu: VT, NV",TRƯỞNG PHÒNG
TT-GIA-RAY,Thị trấn Gia Ray,X,UBND huyện Xuân Lộc,,,2025-06-30,TT. Gia Ray,,Gia Ray,UBND
XA-BAO-HOA,Xã Bảo Hòa,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Bảo Hòa,UBND
XA-LANG-MINH,Xã Lang Minh,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Lang Minh,UBND
XA-SUOI-CAO,Xã Suối Cao,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Suối Cao,UBND
XA-SUOI-CAT,Xã Suối Cát,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Suối Cát,UBND
XA-XUAN-BAC,Xã Xuân Bắc,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Bắc,UBND
XA-XUAN-DINH,Xã Xuân Định,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Định,UBND
XA-XUAN-HIEP,Xã Xuân Hiệp,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Hiệp,UBND
XA-XUAN-HOA,Xã Xuân Hòa,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Hòa,UBND
XA-XUAN-HUNG,Xã Xuân Hưng,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Hưng,UBND
XA-XUAN-PHU,Xã Xuân Phú,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Phú,UBND
XA-XUAN-TAM,Xã Xuân Tâm,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Tâm,UBND
XA-XUAN-THANH,Xã Xuân Thành,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Thành,UBND
XA-XUAN-THO,Xã Xuân Thọ,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Thọ,UBND
XA-XUAN-TRUONG,Xã Xuân Trường,X,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Trường,UBND
CQ-VP,Văn phòng HĐND và UBND huyện,C,UBND huyện Xuân Lộc,,,2025-06-30,Văn phòng UBND huyện; VP HĐND-UBND,,Xuân Lộc
CQ-NOI-VU,Phòng Nội vụ,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng NV; P. Nội vụ,,Xuân Lộc
CQ-TU-PHAP,Phòng Tư pháp,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng TP,,Xuân Lộc
CQ-TC-KH,Phòng Tài chính - Kế hoạch,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng TC-KH,,Xuân Lộc
CQ-TN-MT,Phòng Tài nguyên và Môi trường,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng TN-MT; Phòng TNMT,,Xuân Lộc
CQ-LD-TBXH,Phòng Lao động - Thương binh và Xã hội,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng LĐ-TBXH,,Xuân Lộc
CQ-VH-TT,Phòng Văn hóa và Thông tin,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng VH-TT; Phòng VHTT,,Xuân Lộc
CQ-GD-DT,Phòng Giáo dục và Đào tạo,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng GD-ĐT; Phòng GDĐT,,Xuân Lộc
CQ-Y-TE,Phòng Y tế,C,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Lộc
CQ-THANH-TRA,Thanh tra huyện,C,UBND huyện Xuân Lộc,,,2025-06-30,,,Xuân Lộc
CQ-KT-HT,Phòng Kinh tế - Hạ tầng,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng KT-HT,,Xuân Lộc
CQ-NN-PTNT,Phòng Nông nghiệp và Phát triển nông thôn,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng NN-PTNT; Phòng NN&PTNT,,Xuân Lộc
SN-VH-TT-TT,"Trung tâm Văn hóa, Thông tin và Thể thao huyện",C,UBND huyện Xuân Lộc,,,2025-06-30,Trung tâm VH-TT-TT,,Xuân Lộc
SN-QLDA,Ban Quản lý dự án đầu tư xây dựng huyện,C,UBND huyện Xuân Lộc,,,2025-06-30,Ban QLDA,,Xuân Lộc
SN-GDNN-GDTX,Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên,C,UBND huyện Xuân Lộc,,,2025-06-30,Trung tâm GDNN-GDTX,,Xuân Lộc
`;

export function loadBuiltinRegistry(): UnitRegistry {
  const { registry, issues } = registryFromRows(parseCsv(BUILTIN_UNITS_CSV));
  if (issues.length > 0)
    // Its issues as codes and figures: rendering them would load every finding's words with the pane.
    throw new Error(`The built-in unit registry is broken: ${JSON.stringify(issues)}`);
  return registry;
}
