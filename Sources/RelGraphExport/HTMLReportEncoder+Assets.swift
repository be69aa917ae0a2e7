/// The inline stylesheet and script of ``HTMLReportEncoder``.
extension HTMLReportEncoder {
    static let style = """
        body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0 24px 48px;color:#222}
        h1{font-size:22px;margin:16px 0 4px}h2{font-size:18px;margin:24px 0 8px}
        .hint{color:#666;font-size:13px}
        .split{display:flex;gap:12px;align-items:stretch}
        #viewport{flex:3;height:70vh;border:1px solid #ccc;border-radius:6px;overflow:hidden;cursor:grab;background:#fff}
        #viewport svg{width:100%;height:100%}
        #viewport g.edge{cursor:pointer}#viewport g.node{cursor:pointer}
        #viewport g.selected path{stroke-width:6}
        #evidence{flex:1;min-width:220px;max-height:70vh;overflow:auto;border:1px solid #ccc;border-radius:6px;padding:8px 12px}
        #evidence blockquote{margin:6px 0;padding:4px 8px;border-left:3px solid #999;background:#f7f7f7}
        table{border-collapse:collapse}th,td{padding:3px 8px;border-bottom:1px solid #e4e4e4;text-align:left}
        th{background:#f2f2f2;position:sticky;top:0}td:nth-child(1),td:nth-child(n+5){text-align:right}
        .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;border:1px solid #888}
        ol li{margin:4px 0}
        """

    static let script = """
        (function(){
        "use strict";
        var data=JSON.parse(document.getElementById("relations").textContent);
        var vp=document.getElementById("viewport"),svg=vp.querySelector("svg"),panel=document.getElementById("evidence");
        if(!svg){document.body.setAttribute("data-ready","1");return;}
        svg.removeAttribute("width");svg.removeAttribute("height");
        var vb=svg.viewBox.baseVal,home={x:vb.x,y:vb.y,w:vb.width,h:vb.height},drag=null;
        function set(x,y,w,h){svg.setAttribute("viewBox",x+" "+y+" "+w+" "+h);}
        vp.addEventListener("wheel",function(e){e.preventDefault();var r=svg.getBoundingClientRect();
          var f=e.deltaY<0?0.8:1.25,px=(e.clientX-r.left)/r.width,py=(e.clientY-r.top)/r.height;
          var w=vb.width*f,h=vb.height*f;set(vb.x+(vb.width-w)*px,vb.y+(vb.height-h)*py,w,h);},{passive:false});
        vp.addEventListener("mousedown",function(e){drag={x:e.clientX,y:e.clientY,vx:vb.x,vy:vb.y,moved:false};vp.style.cursor="grabbing";});
        window.addEventListener("mousemove",function(e){if(!drag)return;var r=svg.getBoundingClientRect();
          var s=Math.max(vb.width/r.width,vb.height/r.height),dx=e.clientX-drag.x,dy=e.clientY-drag.y;
          if(Math.abs(dx)+Math.abs(dy)>3)drag.moved=true;set(drag.vx-dx*s,drag.vy-dy*s,vb.width,vb.height);});
        window.addEventListener("mouseup",function(){vp.style.cursor="grab";setTimeout(function(){drag=null;},0);});
        vp.addEventListener("dblclick",function(){set(home.x,home.y,home.w,home.h);});
        function el(tag,text){var n=document.createElement(tag);if(text!==undefined)n.textContent=text;return n;}
        function showEdge(key){var r=data.edges[key];if(!r)return;panel.textContent="";
          panel.appendChild(el("h3",r.a+" \\u2013 "+r.b));
          panel.appendChild(el("p","Weight "+r.weight+" in "+r.articles+" article(s); tone "+r.tone+" ("+r.counts+")"));
          if(!r.evidence.length)panel.appendChild(el("p","No evidence sentences kept."));
          r.evidence.forEach(function(e){var q=el("blockquote",e.text);panel.appendChild(q);
            var src=e.article+(e.title?" \\u2014 "+e.title:"")+(e.date?" ("+e.date+")":"")+", sentence "+e.sentence;
            panel.appendChild(el("p",src)).className="hint";});}
        function showNode(id){var name=data.nodes[id];if(name===undefined)return;panel.textContent="";
          panel.appendChild(el("h3",name));var ul=el("ul");
          Object.keys(data.edges).forEach(function(k){var p=k.split("--");if(p[0]!==id&&p[1]!==id)return;
            var r=data.edges[k],li=el("li"),a=el("a",(p[0]===id?r.b:r.a)+" (weight "+r.weight+", "+r.tone+")");
            a.href="#";a.addEventListener("click",function(ev){ev.preventDefault();showEdge(k);});li.appendChild(a);ul.appendChild(li);});
          panel.appendChild(ul);}
        svg.querySelectorAll("g.edge").forEach(function(g){var t=g.querySelector("title");if(!t)return;
          var key=t.textContent.replace(/\\s/g,"");g.addEventListener("click",function(e){if(drag&&drag.moved)return;e.preventDefault();
            svg.querySelectorAll("g.selected").forEach(function(s){s.classList.remove("selected");});g.classList.add("selected");showEdge(key);});});
        svg.querySelectorAll("g.node").forEach(function(g){var t=g.querySelector("title");if(!t)return;
          var id=t.textContent.trim();g.addEventListener("click",function(e){if(drag&&drag.moved)return;e.preventDefault();showNode(id);});});
        document.body.setAttribute("data-ready","1");
        })();
        """
}
