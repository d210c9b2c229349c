import { issuingBody, type UnitKindInfo } from "../units/registry";

/**
 * How the draft narrative words each section of a catalogue: sentences with the district figure of
 * an indicator in braces ("{1.1}"), the reporting units as the registry's kinds name them in
 * "{units}", and the count whose leading unit the draft names. Indicators a
 * catalogue adds later and no sentence mentions still get a plain sentence of their own.
 */
export interface SectionWording {
  sentences: readonly string[];
  /** The count whose highest unit the draft names; the section's first count when absent. */
  headline?: string;
}

/** By catalogue id, then section id. */
export const WORDING: Readonly<Record<string, Readonly<Record<string, SectionWording>>>> = {
  "DVCQ-CT03": {
    "1": {
      sentences: [
        "{units} đã ban hành {1.1} văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, quy chế dân chủ ở cơ sở, trong đó có {1.2} kế hoạch, chương trình công tác dân vận chính quyền năm; tổ chức {1.3} hội nghị quán triệt, triển khai với {1.4} lượt người dự.",
      ],
    },
    "2": {
      sentences: [
        "Đã tổ chức {2.1} buổi tuyên truyền trực tiếp, lồng ghép trong họp ấp, khu phố, sinh hoạt đoàn thể, với {2.2} lượt người nghe (trong đó {2.4} buổi tại vùng đồng bào dân tộc thiểu số, vùng đồng bào có đạo); đăng {2.3} tin, bài trên trang thông tin điện tử, mạng xã hội, hệ thống truyền thanh; thực hiện {2.5} lượt tiếp xúc, thăm hỏi người có uy tín, chức sắc, chức việc tôn giáo.",
        "Mở {2.6} lớp tập huấn kỹ năng, nghiệp vụ công tác dân vận cho {2.7} lượt cán bộ, công chức, viên chức.",
      ],
    },
    "3": {
      sentences: [
        'Đăng ký mới {3.1} mô hình và {3.2} điển hình "Dân vận khéo", tiếp tục duy trì {3.3} mô hình, điển hình của các năm trước; {3.4} mô hình và {3.5} điển hình được công nhận (trong đó {3.6} mô hình, điển hình gắn với cải cách hành chính, chuyển đổi số), tỷ lệ mô hình, điển hình được công nhận đạt {3.8}; {3.7} lượt tập thể, cá nhân được khen thưởng trong phong trào.',
      ],
    },
    "4": {
      headline: "4.3",
      sentences: [
        "Tỷ lệ thủ tục hành chính được công khai đầy đủ, đúng quy định của đơn vị thấp nhất là {4.1}.",
        "Trong kỳ đã tiếp nhận {4.3} hồ sơ trực tuyến và {4.4} hồ sơ trực tiếp, qua dịch vụ bưu chính công ích (tỷ lệ tiếp nhận trực tuyến {4.9}), cùng {4.2} hồ sơ kỳ trước chuyển sang; đã giải quyết {4.5} hồ sơ trước hạn, đúng hạn và {4.6} hồ sơ quá hạn, tỷ lệ giải quyết đúng hạn đạt {4.8}; còn {4.7} hồ sơ đang giải quyết; đã thực hiện {4.10} phiếu xin lỗi, hẹn lại ngày trả kết quả.",
        "Qua {4.11} lượt đánh giá, tỷ lệ hài lòng đạt {4.12}; tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa đạt {4.13}.",
      ],
    },
    "5": {
      sentences: [
        "Đã tổ chức {5.1} cuộc kiểm tra việc thực hiện công tác dân vận chính quyền, quy chế dân chủ ở cơ sở và {5.2} cuộc kiểm tra công vụ, kỷ luật, kỷ cương hành chính.",
        "Tiếp nhận {5.3} phản ánh về thái độ, tác phong, nhũng nhiễu của cán bộ, công chức, viên chức; xử lý kỷ luật {5.4} người.",
        "Khen thưởng {5.5} tập thể và {5.6} cá nhân có thành tích trong công tác dân vận chính quyền, quy chế dân chủ ở cơ sở.",
      ],
    },
    "6": {
      sentences: [
        "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã thực hiện {6.1} cuộc giám sát, phản biện xã hội với {6.2} kiến nghị, trong đó {6.3} kiến nghị đã được tiếp thu, giải quyết.",
        "Người đứng đầu đã đối thoại trực tiếp với Nhân dân (ở cơ quan: với cán bộ, công chức, viên chức) {6.4} buổi với {6.5} lượt người dự; {6.7}/{6.6} ý kiến, kiến nghị tại đối thoại đã được trả lời, giải quyết.",
        "Đã lấy ý kiến Nhân dân về {6.8} dự thảo văn bản, đề án, dự án; Nhân dân bàn và quyết định {6.9} nội dung; tổ chức {6.10} hội nghị, cuộc họp cộng đồng dân cư; {6.11} Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng thực hiện {6.12} cuộc giám sát; các cơ quan, đơn vị tổ chức {6.13} hội nghị cán bộ, công chức, viên chức.",
        "Người đứng đầu tiếp công dân định kỳ {6.14} kỳ; đã tiếp {6.15} lượt, {6.16} người với {6.17} vụ việc; tiếp nhận {6.18} đơn khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết {6.20}/{6.19} vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt {6.24} (trong đó {6.21} vụ việc giải quyết đúng thời hạn) và {6.23}/{6.22} kiến nghị, phản ánh thuộc thẩm quyền.",
      ],
    },
  },
};

const PLACEHOLDER = /\{(\d+(?:\.\d+)*)\}/g;

/** The codes a sentence shows. */
export function placeholders(sentence: string): string[] {
  return [...sentence.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

export function fillSentence(sentence: string, figure: (code: string) => string): string {
  return sentence.replace(PLACEHOLDER, (_, code: string) => figure(code));
}

const UNITS = "{units}";

/**
 * "{units}" as the registry's kinds name the reporting units: "Các cơ quan, đơn vị và UBND các xã,
 * thị trấn" for a district, "Các sở, ban, ngành và UBND các xã, phường" for a province (a kind
 * issuing under a body, e.g. UBND, is named through it, last).
 */
export function withUnits(sentence: string, kinds: readonly UnitKindInfo[]): string {
  if (!sentence.includes(UNITS)) return sentence;
  const lower = (k: UnitKindInfo): string => k.label.toLocaleLowerCase("vi");
  const items = [
    ...kinds.filter((k) => issuingBody(k) === undefined).map(lower),
    ...kinds.flatMap((k) => {
      const body = issuingBody(k);
      return body === undefined ? [] : [`${body} các ${lower(k)}`];
    }),
  ];
  const listed =
    items.length > 1 ? `${items.slice(0, -1).join(", ")} và ${items.at(-1)}` : (items[0] ?? "đơn vị");
  const phrase = kinds.some((k) => issuingBody(k) === undefined) ? `Các ${listed}` : listed;
  return sentence.replaceAll(UNITS, phrase.charAt(0).toLocaleUpperCase("vi") + phrase.slice(1));
}
