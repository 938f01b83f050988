package vn.giamsat.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "/cach-doc-so-lieu": a short page for citizens on how to read the figures; static, in both languages. */
@Controller
class GuideController {

    @GetMapping("/cach-doc-so-lieu")
    String guide() {
        return "guide";
    }
}
