// A classic script (no module, ES5): Office 2016/2019 run panes in Internet Explorer or old Edge,
// which cannot run the pane's script; this says so instead of leaving the pane blank.
(function () {
  if (typeof Promise !== "undefined" && typeof Promise.allSettled === "function") return;
  document.getElementById("root").innerHTML =
    '<div class="boot" role="alert">' +
    "<p><b>Phiên bản Excel này không chạy được ngăn DVCQ.</b></p>" +
    "<p>Ngăn cần Microsoft 365, Excel 2021 trở lên (có WebView2) hoặc Excel trên web. " +
    "Mẫu biểu đã đặt vẫn tự kiểm tra số liệu ngay trong Excel; dòng lệnh dvcq kiểm tra và tổng hợp " +
    "được các tệp báo cáo.</p>" +
    '<p lang="en">This version of Excel cannot run the DVCQ pane: it needs Microsoft 365, Excel 2021 ' +
    "or later (with WebView2) or Excel on the web. Templates already placed still check their " +
    "figures in Excel; the dvcq command line checks and rolls up the report files.</p>" +
    "</div>";
})();
