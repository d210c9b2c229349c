/** What is special about a file of the demo inbox, in Vietnamese. */
export const vi: DemoStoriesText = {
  late: "gửi sau hạn",
  firstSending: "gửi lần đầu",
  sentAgain: "gửi lại bản sửa",
  mistakes: "có lỗi: 6.20 lớn hơn 6.19, số gõ dạng chữ, thiếu minh chứng mục V",
  receptionBlank: "bỏ trống mục tiếp công dân",
};

/** The demo inbox's stories, one per special case it holds. */
export interface DemoStoriesText {
  late: string;
  firstSending: string;
  sentAgain: string;
  mistakes: string;
  receptionBlank: string;
}
