import { parseCsv, registryFromRows, type UnitRegistry } from "./registry";

/** The built-in registry: Xuân Lộc district, 2023 (see the README to replace it with a CSV or a sheet). */
export const BUILTIN_UNITS_CSV = `code,name,kind,parent,gso,valid_from,valid_to,aliases
TT-GIA-RAY,Thị trấn Gia Ray,X,UBND huyện Xuân Lộc,,,2025-06-30,TT. Gia Ray
XA-BAO-HOA,Xã Bảo Hòa,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-LANG-MINH,Xã Lang Minh,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-SUOI-CAO,Xã Suối Cao,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-SUOI-CAT,Xã Suối Cát,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-BAC,Xã Xuân Bắc,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-DINH,Xã Xuân Định,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-HIEP,Xã Xuân Hiệp,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-HOA,Xã Xuân Hòa,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-HUNG,Xã Xuân Hưng,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-PHU,Xã Xuân Phú,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-TAM,Xã Xuân Tâm,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-THANH,Xã Xuân Thành,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-THO,Xã Xuân Thọ,X,UBND huyện Xuân Lộc,,,2025-06-30,
XA-XUAN-TRUONG,Xã Xuân Trường,X,UBND huyện Xuân Lộc,,,2025-06-30,
CQ-VP,Văn phòng HĐND và UBND huyện,C,UBND huyện Xuân Lộc,,,2025-06-30,Văn phòng UBND huyện; VP HĐND-UBND
CQ-NOI-VU,Phòng Nội vụ,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng NV; P. Nội vụ
CQ-TU-PHAP,Phòng Tư pháp,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng TP
CQ-TC-KH,Phòng Tài chính - Kế hoạch,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng TC-KH
CQ-TN-MT,Phòng Tài nguyên và Môi trường,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng TN-MT; Phòng TNMT
CQ-LD-TBXH,Phòng Lao động - Thương binh và Xã hội,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng LĐ-TBXH
CQ-VH-TT,Phòng Văn hóa và Thông tin,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng VH-TT; Phòng VHTT
CQ-GD-DT,Phòng Giáo dục và Đào tạo,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng GD-ĐT; Phòng GDĐT
CQ-Y-TE,Phòng Y tế,C,UBND huyện Xuân Lộc,,,2025-06-30,
CQ-THANH-TRA,Thanh tra huyện,C,UBND huyện Xuân Lộc,,,2025-06-30,
CQ-KT-HT,Phòng Kinh tế - Hạ tầng,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng KT-HT
CQ-NN-PTNT,Phòng Nông nghiệp và Phát triển nông thôn,C,UBND huyện Xuân Lộc,,,2025-06-30,Phòng NN-PTNT; Phòng NN&PTNT
SN-VH-TT-TT,"Trung tâm Văn hóa, Thông tin và Thể thao huyện",C,UBND huyện Xuân Lộc,,,2025-06-30,Trung tâm VH-TT-TT
SN-QLDA,Ban Quản lý dự án đầu tư xây dựng huyện,C,UBND huyện Xuân Lộc,,,2025-06-30,Ban QLDA
SN-GDNN-GDTX,Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên,C,UBND huyện Xuân Lộc,,,2025-06-30,Trung tâm GDNN-GDTX
`;

export function loadBuiltinRegistry(): UnitRegistry {
  const { registry, issues } = registryFromRows(parseCsv(BUILTIN_UNITS_CSV));
  if (issues.length > 0)
    throw new Error(`The built-in unit registry is broken: ${issues.map((i) => i.message.en).join(" ")}`);
  return registry;
}
